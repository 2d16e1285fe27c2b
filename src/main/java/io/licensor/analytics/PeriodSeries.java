package io.licensor.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Read-only, index-based access to a sequence of sales periods. It lets the engine read periods straight out of
 * other data (e.g. a million receipts) without building a {@link SalesPeriod} for each one.
 */
public interface PeriodSeries {
    /** Number of periods. */
    int size();

    /** End of period {@code i} (never null). */
    LocalDate periodEnd(int i);

    /** Start of period {@code i}, or null when not known. */
    LocalDate periodStart(int i);

    /** Base (net sales or units) of period {@code i} (never null). */
    BigDecimal base(int i);

    /** A view of a list of periods. */
    static PeriodSeries of(List<SalesPeriod> periods) {
        return new PeriodSeries() {
            @Override
            public int size() {
                return periods.size();
            }

            @Override
            public LocalDate periodEnd(int i) {
                return periods.get(i).periodEnd();
            }

            @Override
            public LocalDate periodStart(int i) {
                return periods.get(i).periodStart();
            }

            @Override
            public BigDecimal base(int i) {
                return periods.get(i).base();
            }
        };
    }
}
