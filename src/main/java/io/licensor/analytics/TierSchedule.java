package io.licensor.analytics;

import io.licensor.model.Tier;
import io.licensor.model.TierMode;
import java.math.BigDecimal;
import java.util.List;

/**
 * The schedule F of royalty-terms.md rules 2 and 3, compiled once per set of terms: thresholds, rates and, for
 * MARGINAL tiers, the royalty accumulated below each threshold, so that F(c) costs one multiplication and one
 * addition whatever the number of tiers.
 */
final class TierSchedule {
    private final BigDecimal[] from;
    private final BigDecimal[] rate;
    /** MARGINAL: F(from[k]), the royalty on everything below tier k. */
    private final BigDecimal[] below;
    private final boolean wholeVolume;

    TierSchedule(List<Tier> tiers, TierMode mode) {
        int n = tiers.size();
        from = new BigDecimal[n];
        rate = new BigDecimal[n];
        below = new BigDecimal[n];
        wholeVolume = mode == TierMode.WHOLE_VOLUME;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 0; k < n; k++) {
            from[k] = tiers.get(k).from();
            rate[k] = tiers.get(k).rate();
            if (k > 0) {
                sum = sum.add(rate[k - 1].multiply(from[k].subtract(from[k - 1])));
            }
            below[k] = sum;
        }
    }

    int size() {
        return from.length;
    }

    BigDecimal from(int k) {
        return from[k];
    }

    BigDecimal rate(int k) {
        return rate[k];
    }

    boolean wholeVolume() {
        return wholeVolume;
    }

    /**
     * The last tier k with from[k] <= c, searched from {@code hint} (the tier of the previous, usually smaller,
     * cumulative base), so that a run over ascending bases walks the tiers once.
     */
    int tierOf(BigDecimal c, int hint) {
        int k = hint;
        while (k + 1 < from.length && from[k + 1].compareTo(c) <= 0) {
            k++;
        }
        while (k > 0 && from[k].compareTo(c) > 0) {
            k--;
        }
        return k;
    }

    /** F(c), given k = tierOf(c). Exact. */
    BigDecimal value(BigDecimal c, int k) {
        if (wholeVolume) {
            return rate[k].multiply(c);
        }
        BigDecimal inTier = k == 0 ? c : c.subtract(from[k]);
        BigDecimal part = rate[k].multiply(inTier);
        return k == 0 ? part : below[k].add(part);
    }

    /** F(c). Exact. */
    BigDecimal value(BigDecimal c) {
        return value(c, tierOf(c, 0));
    }

    /** F(from[k]) for MARGINAL tiers: the royalty on everything below tier k (exact). */
    BigDecimal below(int k) {
        return below[k];
    }

    /** Intercept of the straight line F follows on tier k (F(c) = intercept + rate[k] * c there). */
    BigDecimal intercept(int k) {
        return wholeVolume ? BigDecimal.ZERO : below[k].subtract(rate[k].multiply(from[k]));
    }
}
