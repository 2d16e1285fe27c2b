package io.licensor.analytics;

import java.math.BigDecimal;

/**
 * What {@link RoyaltyEngine#value} gives for one license's periods: the totals, the NPV at the discount rate and the
 * sum of the bases (the sales or units the royalties were earned on), without one line per period.
 *
 * @param totals  the run's totals, as {@link RoyaltyEngine#run} gives them
 * @param npv     rule 10's NPV, in minor units of the terms' currency
 * @param bases   the sum of the periods' bases, exact
 * @param periods how many periods went in
 */
public record RoyaltyValuation(RoyaltyTotals totals, BigDecimal npv, BigDecimal bases, int periods) {
}
