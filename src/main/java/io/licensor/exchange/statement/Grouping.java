package io.licensor.exchange.statement;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * How statement rows become receipts: one receipt per row (licensee statements: one row per period), or the rows of
 * each calendar month, quarter or year of their period end summed into one receipt (marketplaces that list every
 * sale, fee and refund).
 */
public enum Grouping {
    PER_ROW,
    PER_MONTH,
    PER_QUARTER,
    PER_YEAR;

    /** First day of the calendar period holding day; the day itself for PER_ROW. */
    public LocalDate periodStart(LocalDate day) {
        switch (this) {
            case PER_MONTH:
                return day.withDayOfMonth(1);
            case PER_QUARTER:
                return day.with(IsoFields.DAY_OF_QUARTER, 1);
            case PER_YEAR:
                return day.withDayOfYear(1);
            default:
                return day;
        }
    }

    /** Last day of the calendar period holding day; the day itself for PER_ROW. */
    public LocalDate periodEnd(LocalDate day) {
        switch (this) {
            case PER_MONTH:
                return day.with(TemporalAdjusters.lastDayOfMonth());
            case PER_QUARTER:
                return periodStart(day).plusMonths(3).minusDays(1);
            case PER_YEAR:
                return day.with(TemporalAdjusters.lastDayOfYear());
            default:
                return day;
        }
    }
}
