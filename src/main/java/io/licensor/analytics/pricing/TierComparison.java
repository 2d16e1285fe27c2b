package io.licensor.analytics.pricing;

import io.licensor.analytics.IncomeCurve;
import io.licensor.analytics.IncomeCurve.Segment;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares two sets of terms over every possible base: where one overtakes the other, found exactly on the
 * piecewise-linear income curves (upfront fee, tiers, whole-volume jumps, minimum, cap and advance included), by
 * solving each straight piece between the two curves' breakpoints, never by sampling.
 *
 * @param first          the first curve
 * @param second         the second curve
 * @param firstLeader    0 when the first earns more just above a base of 0, 1 when the second does, -1 when the
 *                       two are level everywhere
 * @param crossings      every overtaking and touching point in ascending order of base
 */
public record TierComparison(IncomeCurve first, IncomeCurve second, int firstLeader, List<Crossing> crossings) {
    private static final MathContext PRECISION = MathContext.DECIMAL128;

    public TierComparison {
        crossings = List.copyOf(crossings);
    }

    /**
     * Compares two curves.
     *
     * @throws IllegalArgumentException when the terms are in different currencies or on different bases
     */
    public static TierComparison of(IncomeCurve first, IncomeCurve second) {
        if (!first.terms().currency().equals(second.terms().currency())
                || first.terms().basis() != second.terms().basis()) {
            throw new IllegalArgumentException("only terms in the same currency and on the same basis can be compared");
        }
        Walk walk = new Walk();
        List<BigDecimal> points = breakpoints(first, second);
        for (int i = 0; i < points.size(); i++) {
            BigDecimal x = points.get(i);
            BigDecimal next = i + 1 < points.size() ? points.get(i + 1) : null;
            Segment f = first.segmentAt(x);
            Segment g = second.segmentAt(x);
            BigDecimal dc = f.intercept().subtract(g.intercept());
            BigDecimal ds = f.slope().subtract(g.slope());
            int atStart = dc.add(ds.multiply(x)).signum();
            walk.event(x, atStart);
            if (ds.signum() != 0) {
                if (atStart == 0) {
                    walk.event(x, ds.signum());
                } else {
                    BigDecimal root = dc.negate().divide(ds, PRECISION);
                    if (root.compareTo(x) > 0 && (next == null || root.compareTo(next) < 0)) {
                        walk.event(root, 0);
                        walk.event(root, ds.signum());
                    }
                }
            }
        }
        walk.end();
        return new TierComparison(first, second, walk.firstSign > 0 ? 0 : walk.firstSign < 0 ? 1 : -1,
                walk.crossings);
    }

    /** Only the points where the other curve takes the lead. */
    public List<Crossing> overtakings() {
        return crossings.stream().filter(Crossing::overtakes).toList();
    }

    private static List<BigDecimal> breakpoints(IncomeCurve a, IncomeCurve b) {
        TreeSet<BigDecimal> all = new TreeSet<>();
        a.segments().forEach(s -> all.add(s.from()));
        b.segments().forEach(s -> all.add(s.from()));
        return new ArrayList<>(all);
    }

    /** Follows the sign of first - second from base 0 upward. */
    private static final class Walk {
        final List<Crossing> crossings = new ArrayList<>();
        int firstSign;
        int lastSign;
        BigDecimal levelSince;

        void event(BigDecimal x, int sign) {
            if (firstSign == 0) {
                firstSign = sign;
            }
            if (sign == 0) {
                if (levelSince == null) {
                    levelSince = x;
                }
                return;
            }
            if (lastSign != 0 && sign != lastSign) {
                crossings.add(new Crossing(strip(levelSince != null ? levelSince : x), true, sign > 0 ? 0 : 1));
            } else if (lastSign != 0 && levelSince != null) {
                crossings.add(new Crossing(strip(levelSince), false, sign > 0 ? 0 : 1));
            }
            lastSign = sign;
            levelSince = null;
        }

        /** The curves run level from some point to infinity. */
        void end() {
            if (levelSince != null && lastSign != 0) {
                crossings.add(new Crossing(strip(levelSince), false, -1));
            }
        }

        private static BigDecimal strip(BigDecimal x) {
            return x.signum() == 0 ? BigDecimal.ZERO : x.stripTrailingZeros();
        }
    }
}
