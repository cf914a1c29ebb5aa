package dev.maildoctor.app.recipients;

import dev.maildoctor.app.common.NoticeBar;
import dev.maildoctor.core.i18n.Messages;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;

/** Copy and Save... buttons for a generated text; Save asks where, every time, and writes only there. */
final class TextActions {
    private final Messages m;
    private final Consumer<NoticeBar> feedback;

    /** @param feedback shows "Copied" / "Saved to ..." / a write error next to the buttons */
    TextActions(Messages m, Consumer<NoticeBar> feedback) {
        this.m = m;
        this.feedback = feedback;
    }

    Button copy(String id, Supplier<String> text) {
        Button b = new Button(m.get("ui.recipients.output.copy"));
        b.setId(id);
        b.getStyleClass().add("small-button");
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.get());
            Clipboard.getSystemClipboard().setContent(content);
            feedback.accept(new NoticeBar(NoticeBar.Kind.SUCCESS, m.get("ui.recipients.output.copied")));
        });
        return b;
    }

    /** @param secret the file may hold a password: written readable by its owner only where the system allows */
    Button save(String id, String fileName, Supplier<String> text, boolean secret) {
        Button b = new Button(m.get("ui.recipients.output.save"));
        b.setId(id);
        b.getStyleClass().add("small-button");
        b.setMinWidth(Button.USE_PREF_SIZE);
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(m.get("ui.recipients.output.save.title", fileName));
            chooser.setInitialFileName(fileName);
            Node source = (Node) e.getSource();
            File file = chooser.showSaveDialog(source.getScene() == null ? null : source.getScene().getWindow());
            if (file != null) {
                write(file.toPath(), text.get(), secret);
            }
        });
        return b;
    }

    void write(Path file, String text, boolean secret) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            if (secret) {
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException | IOException ignored) {
                    // Not a POSIX file system (Windows): the chmod in the commands tab applies on the server.
                }
            }
            feedback.accept(new NoticeBar(NoticeBar.Kind.SUCCESS, m.get("ui.recipients.output.saved", file)));
        } catch (IOException e) {
            feedback.accept(new NoticeBar(NoticeBar.Kind.ERROR,
                    m.get("ui.recipients.output.save_failed", file, String.valueOf(e.getMessage()))));
        }
    }
}
