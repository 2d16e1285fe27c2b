package io.licensor.analytics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One reporting period of a licensee: its sales base (net sales in the terms' currency, or units sold) for the
 * period ending on {@code periodEnd}. {@code periodStart} is optional (null when the statement did not say).
 */
public record SalesPeriod(LocalDate periodStart, LocalDate periodEnd, BigDecimal base) {
    public SalesPeriod {
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(base, "base");
    }

    /** A period with no start date. */
    public static SalesPeriod of(String periodEnd, String base) {
        return new SalesPeriod(null, LocalDate.parse(periodEnd), new BigDecimal(base));
    }
}
