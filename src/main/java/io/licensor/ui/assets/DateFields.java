package io.licensor.ui.assets;

import io.licensor.ui.common.Formats;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Joins a DatePicker to a {@link DateInput}: picked dates and typed text (ISO, or the locale's short form) go into
 * the input as you type, and text that is not a date is kept as "unparsed" so the form can say so. A bare DatePicker
 * would only commit on Enter and silently keep its old value otherwise.
 */
public final class DateFields {
    private DateFields() {}

    public static void bind(DatePicker picker, DateInput input) {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        picker.setPromptText("YYYY-MM-DD");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return Formats.date(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return Formats.parseDate(text, locale);
                } catch (DateTimeParseException e) {
                    // keep the picker's value; the input holds the unparsed text and the form reports it
                    return picker.getValue();
                }
            }
        });
        boolean[] updating = {false};
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            if (updating[0]) {
                return;
            }
            updating[0] = true;
            try {
                input.valueProperty().set(Formats.parseDate(text, locale));
                input.unparsedProperty().set(null);
            } catch (DateTimeParseException e) {
                input.unparsedProperty().set(text.trim());
            } finally {
                updating[0] = false;
            }
        });
        picker.valueProperty().addListener((obs, old, date) -> {
            if (!updating[0]) {
                updating[0] = true;
                try {
                    input.unparsedProperty().set(null);
                    input.valueProperty().set(date);
                    picker.getEditor().setText(Formats.date(date));
                } finally {
                    updating[0] = false;
                }
            }
        });
        Runnable fromInput = () -> {
            if (updating[0]) {
                return;
            }
            updating[0] = true;
            try {
                picker.setValue(input.valueProperty().get());
                String unparsed = input.unparsedProperty().get();
                picker.getEditor().setText(unparsed != null ? unparsed : Formats.date(input.valueProperty().get()));
            } finally {
                updating[0] = false;
            }
        };
        input.valueProperty().addListener(o -> fromInput.run());
        input.unparsedProperty().addListener(o -> fromInput.run());
        fromInput.run();
    }
}
