package dev.maildoctor.app.common;

import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextFormatter;
import javafx.util.StringConverter;

/**
 * Editable whole-number spinners that cannot be broken by typing: only digits are accepted, and
 * an emptied field falls back to the last valid value instead of throwing on commit.
 */
public final class NumberSpinners {
    private NumberSpinners() {
    }

    public static void wholeNumbers(Spinner<Integer> spinner, int min, int max, int initial, int step) {
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, initial, step);
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                if (text == null || text.isBlank()) {
                    return factory.getValue();
                }
                long value = Long.parseLong(text.strip());
                return (int) Math.max(min, Math.min(max, value));
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        int digits = Integer.toString(max).length();
        spinner.getEditor().setTextFormatter(new TextFormatter<>(change ->
                change.getControlNewText().matches("\\d{0," + digits + "}") ? change : null));
    }
}
