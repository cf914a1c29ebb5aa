package dev.maildoctor.app.settings;

import dev.maildoctor.core.model.Msg;
import java.util.Optional;

/** What loading the settings file gave: the settings to use, and a notice when the file could not be used. */
public record SettingsLoad(AppSettings settings, Optional<Msg> notice) {
}
