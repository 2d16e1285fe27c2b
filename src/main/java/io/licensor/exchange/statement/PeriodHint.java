package io.licensor.exchange.statement;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A statement period written in the title lines above the header ({@code Steam Sales data for X: 2024-03-12 -
 * 2024-03-12}, Apple's {@code (September, 2014)}). Used for every row when no column gives the period.
 *
 * @param start first day
 * @param end   last day
 * @param line  the physical line it was found on
 * @param text  the words it was read from
 */
public record PeriodHint(LocalDate start, LocalDate end, long line, String text) {

    public PeriodHint {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(text, "text");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end " + end + " before start " + start);
        }
    }
}
