package io.licensor.exchange.statement;

import java.time.LocalDate;

/**
 * What a cell meant as a date: a day, a whole month (ISO {@code 2018-07}: its first day, flagged monthOnly), no
 * value, or an error message in plain words.
 */
record ParsedDate(LocalDate day, boolean monthOnly, String error) {

    static final ParsedDate NO_VALUE = new ParsedDate(null, false, null);

    static ParsedDate error(String message) {
        return new ParsedDate(null, false, message);
    }

    boolean isError() {
        return error != null;
    }

    boolean isEmpty() {
        return day == null && error == null;
    }

    /** The day to use when the date starts a period: the month's first day for a bare month. */
    LocalDate asStart() {
        return day;
    }

    /** The day to use when the date ends a period or dates a payment: the month's last day for a bare month. */
    LocalDate asEnd() {
        return monthOnly ? day.withDayOfMonth(day.lengthOfMonth()) : day;
    }
}
