package io.licensor.analytics;

import io.licensor.model.Money;
import io.licensor.model.RoyaltyTerms;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract year's income as a function of the licensee's base (net sales, or units) for one set of terms: what the
 * engine pays for a first contract year reported as one complete period, upfront fee and advance included:
 * {@code upfrontFee + max(advance, max(minimumAnnual, min(annualCap, F(base))))}. Exactly piecewise linear, so
 * comparisons between terms can be solved segment by segment instead of sampled.
 */
public final class IncomeCurve {
    /** A floor is reached at a point rounded up, a cap at one rounded down: the clamp then always holds exactly. */
    private static final MathContext UP = new MathContext(34, RoundingMode.CEILING);
    private static final MathContext DOWN = new MathContext(34, RoundingMode.FLOOR);

    private final RoyaltyTerms terms;
    private final TierSchedule schedule;
    private final List<Segment> segments;
    private final BigDecimal upfront;
    private final BigDecimal low;
    private final BigDecimal high;
    private final int minor;

    /**
     * One straight piece: on {@code from <= base < next segment's from}, income = intercept + slope * base. Whole-volume
     * tiers and the cap make the curve jump or bend at a segment's start; it is continuous inside a segment.
     */
    public record Segment(BigDecimal from, BigDecimal intercept, BigDecimal slope) {
        /** intercept + slope * base, exact. */
        public BigDecimal at(BigDecimal base) {
            return intercept.add(slope.multiply(base));
        }
    }

    private IncomeCurve(RoyaltyTerms terms) {
        this.terms = terms;
        this.schedule = new TierSchedule(terms.tiers(), terms.tierMode());
        this.minor = Money.minorUnits(terms.currency());
        this.upfront = terms.upfrontFee().amount();
        BigDecimal advance = terms.advance().amount();
        // max(advance, max(min, min(cap, F))) is F clamped to [max(min, advance), max(cap, advance)] since min <= cap.
        this.low = terms.minimumAnnual().amount().max(advance);
        this.high = terms.hasCap() ? terms.annualCap().amount().max(advance) : null;
        this.segments = List.copyOf(build());
    }

    /**
     * The curve of these terms.
     *
     * @throws IllegalArgumentException when the terms break a rule ({@link RoyaltyTerms#problems()})
     */
    public static IncomeCurve of(RoyaltyTerms terms) {
        RoyaltyEngine.requireValid(terms);
        return new IncomeCurve(terms);
    }

    /** The terms. */
    public RoyaltyTerms terms() {
        return terms;
    }

    /** The straight pieces in ascending order of base; the first starts at 0, the last runs to infinity. */
    public List<Segment> segments() {
        return segments;
    }

    /**
     * The income at {@code base} as the engine pays it (F rounded half-even to minor units, then cap, minimum,
     * advance and upfront fee).
     */
    public BigDecimal at(BigDecimal base) {
        BigDecimal earned = schedule.value(base).setScale(minor, RoundingMode.HALF_EVEN);
        if (high != null && earned.compareTo(high) > 0) {
            earned = high;
        }
        return upfront.add(earned.max(low)).setScale(minor, RoundingMode.HALF_EVEN);
    }

    /** The income at {@code base} without rounding: the piecewise-linear function itself. */
    public BigDecimal exactAt(BigDecimal base) {
        return segmentAt(base).at(base);
    }

    /** The segment that holds {@code base}. */
    public Segment segmentAt(BigDecimal base) {
        int lo = 0;
        int hi = segments.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (segments.get(mid).from().compareTo(base) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return segments.get(lo);
    }

    private List<Segment> build() {
        List<Segment> out = new ArrayList<>();
        for (int k = 0; k < schedule.size(); k++) {
            BigDecimal end = k + 1 < schedule.size() ? schedule.from(k + 1) : null;
            clamp(out, schedule.from(k), end, schedule.intercept(k), schedule.rate(k));
        }
        return merged(out);
    }

    /** Adds the pieces of line c + s x on [from, end), clamped to [low, high], shifted by the upfront fee. */
    private void clamp(List<Segment> out, BigDecimal from, BigDecimal end, BigDecimal c, BigDecimal s) {
        BigDecimal x = from;
        if (s.signum() > 0) {
            BigDecimal reachesLow = crossing(low, c, s, UP);
            if (c.add(s.multiply(x)).compareTo(low) < 0) {
                out.add(flat(x, low));
                if (end != null && reachesLow.compareTo(end) >= 0) {
                    return;
                }
                x = reachesLow;
            }
            out.add(new Segment(x, c.add(upfront), s));
            if (high != null) {
                BigDecimal reachesHigh = crossing(high, c, s, DOWN);
                if (end == null || reachesHigh.compareTo(end) < 0) {
                    out.add(flat(reachesHigh.max(x), high));
                }
            }
            return;
        }
        BigDecimal value = c.max(low);
        out.add(flat(x, high != null ? value.min(high) : value));
    }

    /** Where c + s x reaches {@code level} (s > 0), to 34 significant digits. */
    private static BigDecimal crossing(BigDecimal level, BigDecimal c, BigDecimal s, MathContext rounding) {
        return level.subtract(c).divide(s, rounding);
    }

    private Segment flat(BigDecimal from, BigDecimal value) {
        return new Segment(from, value.add(upfront), BigDecimal.ZERO);
    }

    /** Drops empty pieces and joins neighbours on the same line. */
    private static List<Segment> merged(List<Segment> pieces) {
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Segment p = pieces.get(i);
            if (i + 1 < pieces.size() && pieces.get(i + 1).from().compareTo(p.from()) <= 0) {
                continue;
            }
            Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.intercept().compareTo(p.intercept()) == 0
                    && last.slope().compareTo(p.slope()) == 0) {
                continue;
            }
            out.add(p);
        }
        return out;
    }
}
