package io.licensor.analytics;

/**
 * Names where a period's field came from, so that the engine's validation speaks the input's language:
 * {@code periods[3].periodEnd} by default, {@code line 5, column 1 (period_end)} for a CSV file, {@code receipt R7}
 * for a portfolio.
 */
@FunctionalInterface
public interface PeriodLocator {
    /** Field names the engine passes: {@link #PERIOD_END}, {@link #PERIOD_START}, {@link #BASE}. */
    String PERIOD_END = "periodEnd";
    /** The period's start date. */
    String PERIOD_START = "periodStart";
    /** The period's base (net sales or units). */
    String BASE = "base";

    /** Where field {@code field} of period {@code index} (0-based) is. */
    String where(int index, String field);

    /** {@code periods[i].field}. */
    static PeriodLocator byIndex() {
        return (index, field) -> "periods[" + index + "]." + field;
    }
}
