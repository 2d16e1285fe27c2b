package io.licensor.exchange.statement;

import java.util.Currency;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * What the caller knows and wants while reading, beside the mapping: the license's currency (to check currency
 * columns and symbols, and decimals against its minor units), a period for rows that do not give one, how many
 * problems to list, and progress and cancellation.
 *
 * @param currency     the license's currency, or null to check only that all rows agree
 * @param period       the period of every row when no column gives one (overrides a period in the title lines),
 *                     or null
 * @param problemLimit how many problems and skipped rows to list (all are counted)
 * @param checkEvery   rows between progress reports and cancellation checks
 * @param progress     told how far reading has come
 * @param cancelled    asked every checkEvery rows; true stops reading with a CancellationException
 */
public record ReadSettings(
        Currency currency,
        PeriodHint period,
        int problemLimit,
        int checkEvery,
        StatementProgress progress,
        BooleanSupplier cancelled) {

    /** No currency, no period, 1,000 problems listed, checks every 1,000 rows, no progress, never cancelled. */
    public static final ReadSettings DEFAULT = new ReadSettings(null, null, 1000, 1000, StatementProgress.NONE,
            () -> false);

    public ReadSettings {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        if (problemLimit < 1 || checkEvery < 1) {
            throw new IllegalArgumentException("problemLimit and checkEvery must be 1 or more");
        }
    }

    public ReadSettings withCurrency(Currency value) {
        return new ReadSettings(value, period, problemLimit, checkEvery, progress, cancelled);
    }

    public ReadSettings withPeriod(PeriodHint value) {
        return new ReadSettings(currency, value, problemLimit, checkEvery, progress, cancelled);
    }

    public ReadSettings withProblemLimit(int value) {
        return new ReadSettings(currency, period, value, checkEvery, progress, cancelled);
    }

    public ReadSettings withProgress(int every, StatementProgress value) {
        return new ReadSettings(currency, period, problemLimit, every, value, cancelled);
    }

    public ReadSettings withCancel(BooleanSupplier value) {
        return new ReadSettings(currency, period, problemLimit, checkEvery, progress, value);
    }
}
