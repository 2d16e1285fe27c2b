package io.licensor.analytics;

import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The result of running the royalty engine on one set of terms and a list of periods: one line per period, the
 * totals, and the net present value when a discount rate was given. Immutable.
 */
public record RoyaltySchedule(RoyaltyTerms terms, List<RoyaltyLine> lines, RoyaltyTotals totals, BigDecimal npv) {

    public RoyaltySchedule {
        lines = List.copyOf(lines);
    }

    /** The NPV at the discount rate the schedule was computed with, if one was given. */
    public Optional<BigDecimal> npvIfComputed() {
        return Optional.ofNullable(npv);
    }

    /** The NPV of this schedule's net cash at another annual discount rate (rule 10). */
    public BigDecimal npvAt(BigDecimal discountRate) {
        return Npv.of(terms, totals, lines, discountRate);
    }
}
