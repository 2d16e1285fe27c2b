package io.licensor.analytics.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The 25 % rule of thumb: the licensor takes about a quarter (some say up to a third) of the licensee's operating
 * profit from the licensed product, so the implied royalty rate on sales is share x operating margin. A starting
 * point for a negotiation, not a valuation: the US Court of Appeals for the Federal Circuit rejected it as
 * "fundamentally flawed" for proving damages (Uniloc USA v. Microsoft, 632 F.3d 1292, Fed. Cir. 2011) because it is
 * not tied to the facts of the case. docs/analytics.md explains its limits.
 */
public final class TwentyFivePercentRule {
    /** The rule's usual share. */
    public static final BigDecimal DEFAULT_SHARE = new BigDecimal("0.25");

    private TwentyFivePercentRule() {}

    /**
     * The rule applied.
     *
     * @param share           the licensor's share of operating profit (0.25 by default)
     * @param operatingMargin the licensee's operating profit / revenue on the licensed product
     * @param impliedRate     share x operatingMargin: a royalty rate on net sales
     */
    public record Result(BigDecimal share, BigDecimal operatingMargin, BigDecimal impliedRate) {
        /** The implied royalty on {@code netSales}, rounded half-even to {@code minorUnits} decimals. */
        public BigDecimal royaltyOn(BigDecimal netSales, int minorUnits) {
            return netSales.multiply(impliedRate).setScale(minorUnits, RoundingMode.HALF_EVEN);
        }
    }

    /** The rule with the default 25 % share. */
    public static Result impliedRate(BigDecimal operatingMargin) {
        return impliedRate(DEFAULT_SHARE, operatingMargin);
    }

    /**
     * The implied royalty rate.
     *
     * @throws IllegalArgumentException when the share is not in (0, 1] or the margin is not in (0, 1]: the rule means
     *                                  nothing for a product that makes no operating profit
     */
    public static Result impliedRate(BigDecimal share, BigDecimal operatingMargin) {
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(operatingMargin, "operatingMargin");
        if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the licensor's share must be above 0 and at most 1, got "
                    + share.toPlainString());
        }
        if (operatingMargin.signum() <= 0 || operatingMargin.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the operating margin must be above 0 and at most 1: the rule needs a"
                    + " profitable product, got " + operatingMargin.toPlainString());
        }
        return new Result(share, operatingMargin, share.multiply(operatingMargin));
    }
}
