package dev.maildoctor.app.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;

/** The dashed box beside a paste area where files can be dropped, with its buttons. */
public final class DropZone {
    private static final PseudoClass DROPPING = PseudoClass.getPseudoClass("dropping");

    private DropZone() {
    }

    /** Fills {@code zone}: the tray icon and hint, then the buttons, one under the other. */
    public static VBox fill(VBox zone, String id, String hint, double width, Button... buttons) {
        SVGPath icon = new SVGPath();
        icon.setContent(Glyphs.TRAY);
        icon.getStyleClass().add("drop-icon");
        Label text = new Label(hint);
        text.getStyleClass().add("drop-text");
        text.setWrapText(true);
        text.setMaxWidth(width - 70);
        HBox line = new HBox(8, icon, text);
        line.setAlignment(Pos.CENTER);
        zone.getChildren().add(line);
        zone.getChildren().addAll(buttons);
        zone.setId(id);
        zone.getStyleClass().add("drop-zone");
        zone.setAlignment(Pos.CENTER);
        zone.setMinWidth(width - 20);
        zone.setPrefWidth(width);
        zone.setMaxWidth(width);
        return zone;
    }

    /**
     * Lets files be dropped anywhere on {@code target} while nothing runs, {@code zone} lighting up
     * while they hover.
     */
    public static void acceptFiles(Node target, Node zone, ReadOnlyBooleanProperty running, Consumer<List<Path>> open) {
        target.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && !running.get()) {
                e.acceptTransferModes(TransferMode.COPY);
                zone.pseudoClassStateChanged(DROPPING, true);
            }
            e.consume();
        });
        target.setOnDragExited(e -> zone.pseudoClassStateChanged(DROPPING, false));
        target.setOnDragDropped(e -> {
            boolean done = e.getDragboard().hasFiles() && !running.get();
            if (done) {
                open.accept(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            zone.pseudoClassStateChanged(DROPPING, false);
            e.setDropCompleted(done);
            e.consume();
        });
    }
}
