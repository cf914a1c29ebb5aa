package dev.maildoctor.app.common;

import dev.maildoctor.core.i18n.Messages;
import java.util.function.Function;

/**
 * One entry of the window's navigation. The view is built by {@code view} for the language in
 * force, and built again when the language changes; state worth keeping lives in the page's
 * view-model, which outlives its views.
 *
 * @param id       stable name, used to keep the same page selected across rebuilds
 * @param titleKey message key of the title shown in the navigation and on the page
 * @param glyph    SVG path data (24×24 box) of the navigation icon
 */
public record Page(String id, String titleKey, String glyph, Function<Messages, PageView> view) {
}
