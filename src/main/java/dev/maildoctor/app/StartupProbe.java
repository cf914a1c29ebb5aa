package dev.maildoctor.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * For the start-up benchmark: with {@code -Dmaildoctor.startupProbe=FILE}, writes the wall-clock
 * time of the first frame (the first pulse after the window is shown) to FILE and quits.
 */
final class StartupProbe {
    static final String PROPERTY = "maildoctor.startupProbe";

    private StartupProbe() {
    }

    static void attach(Scene scene) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            try {
                Files.writeString(Path.of(file), Instant.now().toString(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Platform.runLater(Platform::exit);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }
}
