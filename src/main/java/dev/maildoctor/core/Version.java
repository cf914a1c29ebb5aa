package dev.maildoctor.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application version, taken from the build (the pom is the single source). */
public final class Version {
    private Version() {
    }

    public static String get() {
        try (InputStream in = Version.class.getResourceAsStream("/dev/maildoctor/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
