package dev.maildoctor.app.common;

import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;

/**
 * Two panels side by side (the right one at a fixed width, both as tall as the taller) when
 * there is room, one above the other in a narrow window.
 */
public final class TwoColumns extends Pane {
    private final Region left;
    private final Region right;
    private final double rightWidth;
    private final double gap;
    private final double breakpoint;

    public TwoColumns(Region left, Region right, double rightWidth, double gap, double breakpoint) {
        super(left, right);
        this.left = left;
        this.right = right;
        this.rightWidth = rightWidth;
        this.gap = gap;
        this.breakpoint = breakpoint;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    private boolean sideBySide(double width) {
        return width >= breakpoint;
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + Math.max(left.minWidth(-1), right.minWidth(-1)) + in.getRight();
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + left.prefWidth(-1) + gap + rightWidth + in.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = (width < 0 ? computePrefWidth(-1) : width) - in.getLeft() - in.getRight();
        if (sideBySide(w)) {
            double leftWidth = w - rightWidth - gap;
            return in.getTop() + Math.max(left.prefHeight(leftWidth), right.prefHeight(rightWidth)) + in.getBottom();
        }
        return in.getTop() + left.prefHeight(w) + gap + right.prefHeight(w) + in.getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double x = in.getLeft();
        double y = in.getTop();
        double w = getWidth() - in.getLeft() - in.getRight();
        if (sideBySide(w)) {
            double leftWidth = w - rightWidth - gap;
            double h = Math.max(left.prefHeight(leftWidth), right.prefHeight(rightWidth));
            layoutInArea(left, x, y, leftWidth, h, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(right, x + leftWidth + gap, y, rightWidth, h, 0, HPos.LEFT, VPos.TOP);
        } else {
            double leftHeight = left.prefHeight(w);
            layoutInArea(left, x, y, w, leftHeight, 0, HPos.LEFT, VPos.TOP);
            layoutInArea(right, x, y + leftHeight + gap, w, right.prefHeight(w), 0, HPos.LEFT, VPos.TOP);
        }
    }
}
