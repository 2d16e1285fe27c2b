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
    private final DatePicker picker;
    private final DateInput input;
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);
    /** Set while one side updates the other, so the change does not echo back. */
    private boolean updating;

    private DateFields(DatePicker picker, DateInput input) {
        this.picker = picker;
        this.input = input;
    }

    public static void bind(DatePicker picker, DateInput input) {
        DateFields fields = new DateFields(picker, input);
        picker.setPromptText("YYYY-MM-DD");
        picker.setConverter(fields.converter());
        picker.getEditor().textProperty().addListener((obs, old, text) -> fields.typed(text));
        picker.valueProperty().addListener((obs, old, date) -> fields.picked(date));
        input.valueProperty().addListener(o -> fields.fromInput());
        input.unparsedProperty().addListener(o -> fields.fromInput());
        fields.fromInput();
    }

    private StringConverter<LocalDate> converter() {
        return new StringConverter<>() {
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
        };
    }

    private void typed(String text) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            input.valueProperty().set(Formats.parseDate(text, locale));
            input.unparsedProperty().set(null);
        } catch (DateTimeParseException e) {
            input.unparsedProperty().set(text.trim());
        } finally {
            updating = false;
        }
    }

    private void picked(LocalDate date) {
        if (updating) {
            return;
        }
        updating = true;
        try {
            input.unparsedProperty().set(null);
            input.valueProperty().set(date);
            picker.getEditor().setText(Formats.date(date));
        } finally {
            updating = false;
        }
    }

    private void fromInput() {
        if (updating) {
            return;
        }
        updating = true;
        try {
            picker.setValue(input.valueProperty().get());
            String unparsed = input.unparsedProperty().get();
            picker.getEditor().setText(unparsed != null ? unparsed : Formats.date(input.valueProperty().get()));
        } finally {
            updating = false;
        }
    }
}
