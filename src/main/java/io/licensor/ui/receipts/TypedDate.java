package io.licensor.ui.receipts;

import java.time.LocalDate;

/** A date field as typed: the date, or the text when it is not a date (then {@code value} is null). */
public record TypedDate(LocalDate value, String unparsed) {
    public static TypedDate of(LocalDate value) {
        return new TypedDate(value, null);
    }

    public boolean isBlank() {
        return value == null && (unparsed == null || unparsed.isBlank());
    }

    public boolean isUnparsed() {
        return value == null && unparsed != null && !unparsed.isBlank();
    }
}
