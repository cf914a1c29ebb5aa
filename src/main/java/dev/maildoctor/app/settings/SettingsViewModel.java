package dev.maildoctor.app.settings;

import dev.maildoctor.core.model.Msg;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Settings form: edits a copy of the settings in force, validates it, saves or reverts it.
 * The language is different: choosing one applies and stores it at once, because the whole
 * window is rebuilt in that language.
 */
public final class SettingsViewModel {
    /** A line under the Save button: what just happened. */
    public record Feedback(Msg text, boolean error) {
    }

    private final CurrentSettings current;
    private final Executor fxThread;
    private final Executor background;

    private final ObjectProperty<ResolverMode> resolverMode = new SimpleObjectProperty<>(ResolverMode.SYSTEM);
    private final StringProperty resolversText = new SimpleStringProperty("");
    private final StringProperty dqsKey = new SimpleStringProperty("");
    private final ObjectProperty<Integer> timeoutSeconds =
            new SimpleObjectProperty<>(AppSettings.DEFAULT_TIMEOUT_SECONDS);
    private final StringProperty language = new SimpleStringProperty("en");

    private final ReadOnlyObjectWrapper<Msg> resolverProblem = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper validating = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Feedback> feedback = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding dirty;
    private final BooleanBinding canSave;
    private int validation;

    public SettingsViewModel(CurrentSettings current, Executor fxThread, Executor background) {
        this.current = current;
        this.fxThread = fxThread;
        this.background = background;
        dirty = Bindings.createBooleanBinding(() -> !edited().equals(current.get()),
                resolverMode, resolversText, dqsKey, timeoutSeconds, current.property());
        canSave = Bindings.createBooleanBinding(
                () -> dirty.get() && !validating.get()
                        && (resolverMode.get() != ResolverMode.CUSTOM || resolverProblem.get() == null),
                dirty, validating, resolverMode, resolverProblem);
        show(current.get());
        resolversText.addListener((o, a, b) -> revalidate());
        resolverMode.addListener((o, a, b) -> revalidate());
        dirty.addListener((o, was, is) -> {
            if (is) {
                feedback.set(null);
            }
        });
        language.addListener((o, a, b) -> applyLanguage(b));
        revalidate();
    }

    public ObjectProperty<ResolverMode> resolverModeProperty() {
        return resolverMode;
    }

    public StringProperty resolversTextProperty() {
        return resolversText;
    }

    public StringProperty dqsKeyProperty() {
        return dqsKey;
    }

    public ObjectProperty<Integer> timeoutSecondsProperty() {
        return timeoutSeconds;
    }

    public StringProperty languageProperty() {
        return language;
    }

    /** Why the custom resolver list cannot be used, or null. */
    public ReadOnlyObjectProperty<Msg> resolverProblemProperty() {
        return resolverProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validatingProperty() {
        return validating.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Feedback> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public String settingsFile() {
        return current.store().file().toString();
    }

    public CurrentSettings current() {
        return current;
    }

    public void save() {
        if (!canSave.get()) {
            return;
        }
        AppSettings edited = edited();
        try {
            current.save(edited);
            feedback.set(new Feedback(Msg.of("ui.settings.saved", settingsFile()), false));
        } catch (IOException e) {
            feedback.set(new Feedback(Msg.of("ui.settings.save_failed", settingsFile(), String.valueOf(e.getMessage())),
                    true));
        }
    }

    public void revert() {
        show(current.get());
        feedback.set(new Feedback(Msg.of("ui.settings.reverted"), false));
    }

    /** The form's values as settings, with the language in force (the language is stored separately). */
    AppSettings edited() {
        return new AppSettings(current.get().language(), resolverMode.get(),
                ResolverEntries.split(resolversText.get()), dqsKey.get(),
                timeoutSeconds.get() == null ? AppSettings.DEFAULT_TIMEOUT_SECONDS : timeoutSeconds.get());
    }

    private void show(AppSettings settings) {
        resolverMode.set(settings.resolverMode());
        resolversText.set(ResolverEntries.join(settings.resolvers()));
        dqsKey.set(settings.dqsKey());
        timeoutSeconds.set(settings.timeoutSeconds());
        language.set(settings.language());
    }

    private void applyLanguage(String chosen) {
        AppSettings inForce = current.get();
        if (chosen == null || chosen.equals(inForce.language())) {
            return;
        }
        try {
            current.save(inForce.withLanguage(chosen));
        } catch (IOException e) {
            feedback.set(new Feedback(Msg.of("ui.settings.save_failed", settingsFile(), String.valueOf(e.getMessage())),
                    true));
        }
    }

    /** Checks the resolver list off the FX thread (a host name may need a lookup); the latest edit wins. */
    private void revalidate() {
        int run = ++validation;
        if (resolverMode.get() != ResolverMode.CUSTOM) {
            validating.set(false);
            resolverProblem.set(null);
            return;
        }
        validating.set(true);
        var entries = ResolverEntries.split(resolversText.get());
        CompletableFuture.supplyAsync(() -> ResolverEntries.firstProblem(entries), background)
                .exceptionally(e -> Optional.of(Msg.of("ui.settings.resolvers.invalid", String.join(", ", entries))))
                .thenAcceptAsync(problem -> {
                    if (run == validation) {
                        resolverProblem.set(problem.orElse(null));
                        validating.set(false);
                    }
                }, fxThread);
    }
}
