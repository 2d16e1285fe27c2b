package io.licensor.analytics.pricing;

import io.licensor.model.Rate;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A licensee revenue projection for comparing deal structures: the base of the first contract year, growing by
 * {@code annualGrowth} each year for {@code years} years, discounted at {@code discountRate}.
 *
 * @param firstYearBase       the first contract year's base (net sales, or units); >= 0
 * @param annualGrowth        e.g. 0.10 for +10 % a year (may be negative, > -1)
 * @param years               number of contract years, 1 to 100
 * @param discountRate        annual rate for the NPV (> -1)
 * @param withholdingOverride when not null, the withholding rate used instead of each terms' own (e.g. a treaty
 *                            rate to try out); 0 <= w < 1
 */
public record RevenueScenario(BigDecimal firstYearBase, BigDecimal annualGrowth, int years, BigDecimal discountRate,
        Rate withholdingOverride) {

    public RevenueScenario {
        Objects.requireNonNull(firstYearBase, "firstYearBase");
        Objects.requireNonNull(annualGrowth, "annualGrowth");
        Objects.requireNonNull(discountRate, "discountRate");
        if (firstYearBase.signum() < 0) {
            throw new IllegalArgumentException("the first year's base cannot be negative");
        }
        if (annualGrowth.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("annual growth must be greater than -1 (-100 %)");
        }
        if (years < 1 || years > 100) {
            throw new IllegalArgumentException("years must be 1 to 100, got " + years);
        }
        if (discountRate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            throw new IllegalArgumentException("the discount rate must be greater than -1 (-100 %)");
        }
        if (withholdingOverride != null && (withholdingOverride.value().signum() < 0
                || withholdingOverride.value().compareTo(BigDecimal.ONE) >= 0)) {
            throw new IllegalArgumentException("withholding must be at least 0 and less than 1");
        }
    }
}
