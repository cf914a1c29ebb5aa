package dev.maildoctor.app.settings;

import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The settings in force: loaded once at start, replaced on every successful save. Pages observe
 * it (the window rebuilds itself when the language changes). Used on the FX thread only.
 */
public final class CurrentSettings {
    private final SettingsStore store;
    private final ReadOnlyObjectWrapper<AppSettings> value;
    private final ReadOnlyObjectWrapper<Msg> loadNotice;

    public CurrentSettings(SettingsStore store) {
        this.store = store;
        SettingsLoad load = store.load();
        this.value = new ReadOnlyObjectWrapper<>(load.settings());
        this.loadNotice = new ReadOnlyObjectWrapper<>(load.notice().orElse(null));
    }

    public AppSettings get() {
        return value.get();
    }

    public ReadOnlyObjectProperty<AppSettings> property() {
        return value.getReadOnlyProperty();
    }

    /** Why the stored file was not used (corrupt, unreadable), until the user dismisses it. */
    public ReadOnlyObjectProperty<Msg> loadNoticeProperty() {
        return loadNotice.getReadOnlyProperty();
    }

    public Optional<Msg> loadNotice() {
        return Optional.ofNullable(loadNotice.get());
    }

    public void dismissLoadNotice() {
        loadNotice.set(null);
    }

    public SettingsStore store() {
        return store;
    }

    /** Writes the settings; only when that worked do they come into force. */
    public void save(AppSettings settings) throws IOException {
        store.save(settings);
        value.set(settings);
        loadNotice.set(null);
    }
}
