package dev.maildoctor.app.common;

import java.util.List;
import java.util.Optional;
import javafx.scene.text.Font;

/**
 * The font family for Japanese text. JavaFX's default font often lacks Japanese glyphs, and the
 * fallback it borrows them from has no bold, so headings lose their weight; a Japanese UI font of
 * the platform (when installed) keeps the type consistent.
 */
public final class UiFonts {
    private static final List<String> JAPANESE = List.of(
            "Noto Sans CJK JP", "Yu Gothic UI", "Meiryo UI", "Meiryo", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
            "Source Han Sans JP", "IPAexGothic", "IPAGothic");

    private UiFonts() {
    }

    /** The CSS for the window's root in this language (empty: keep the platform default). */
    public static String rootStyle(String language) {
        if (!"ja".equals(language)) {
            return "";
        }
        return japanese().map(f -> "-fx-font-family: \"" + f + "\";").orElse("");
    }

    private static Optional<String> japanese() {
        List<String> installed = Font.getFamilies();
        return JAPANESE.stream().filter(installed::contains).findFirst();
    }
}
