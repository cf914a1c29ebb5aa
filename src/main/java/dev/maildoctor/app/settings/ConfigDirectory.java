package dev.maildoctor.app.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Where each operating system expects per-user configuration: $XDG_CONFIG_HOME/maildoctor
 * (default ~/.config/maildoctor) on Linux and other Unixes, ~/Library/Application Support/MailDoctor
 * on macOS, %APPDATA%\MailDoctor on Windows. The system property {@value #PROPERTY} overrides it.
 */
public final class ConfigDirectory {
    public static final String PROPERTY = "maildoctor.configDir";

    private ConfigDirectory() {
    }

    public static Path resolve() {
        return resolve(System::getProperty, System::getenv);
    }

    /**
     * @param property reads a system property (os.name, user.home, {@value #PROPERTY})
     * @param env      reads an environment variable
     */
    static Path resolve(UnaryOperator<String> property, UnaryOperator<String> env) {
        String override = property.apply(PROPERTY);
        if (present(override)) {
            return Path.of(override);
        }
        String os = String.valueOf(property.apply("os.name")).toLowerCase(Locale.ROOT);
        Path home = Path.of(String.valueOf(property.apply("user.home")));
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path base = present(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("MailDoctor");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("MailDoctor");
        }
        String xdg = env.apply("XDG_CONFIG_HOME");
        // The XDG spec says relative paths are invalid and must be ignored.
        Path base = present(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".config");
        return base.resolve("maildoctor");
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
