package io.licensor.ui.scenarios;

import io.licensor.analytics.pricing.Crossing;
import io.licensor.analytics.pricing.ScenarioComparison;
import io.licensor.analytics.pricing.TierComparison;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * What the studio shows for one state of the scenario: the engine's comparison (ScenarioComparison, the one engine)
 * at the chart's base points, the structures' names in palette order, the x axis' extent and the break-even points
 * in words. Immutable; built off or on the FX thread.
 *
 * @param labels     the structures' names, in input order (their palette colour is their index)
 * @param currency   the ISO code of the scenario's currency
 * @param units      true when the base is units sold rather than net sales
 * @param basePoints the bases at which the first-year curves were evaluated, ascending
 * @param xMax       the end of the x axis (a round number)
 * @param result     the engine's figures
 * @param breakEvens every meeting point of every pair, in the order of the pairs, then of base
 */
public record StudioFigures(List<String> labels, String currency, boolean units, List<BigDecimal> basePoints,
        BigDecimal xMax, ScenarioComparison.Result result, List<BreakEven> breakEvens) {

    /** Evenly spaced points across the x axis; thresholds add their own (and one just before, for jumps). */
    static final int POINTS = 160;

    /**
     * One point where two structures meet, for a marker and a sentence.
     *
     * @param base      where (exact, from the engine)
     * @param first     index of the first structure of the pair
     * @param second    index of the second
     * @param overtakes true when the lead changes there; false when they only touch or run level
     * @param sentence  the point in words
     */
    public record BreakEven(BigDecimal base, int first, int second, boolean overtakes, String sentence) {}

    public StudioFigures {
        labels = List.copyOf(labels);
        basePoints = List.copyOf(basePoints);
        breakEvens = List.copyOf(breakEvens);
    }

    /** Reads the engine's pairwise comparisons into break-even points and sentences. */
    static List<BreakEven> breakEvens(ScenarioComparison.Result result, List<String> labels, Locale locale) {
        List<BreakEven> out = new ArrayList<>();
        for (ScenarioComparison.BreakEven pair : result.breakEvens()) {
            TierComparison c = pair.comparison();
            String a = labels.get(pair.first());
            String b = labels.get(pair.second());
            for (Crossing x : c.crossings()) {
                String at = number(x.base(), locale);
                String sentence;
                if (x.leaderAfter() < 0) {
                    sentence = a + " and " + b + " pay the same from " + at + " on";
                } else if (x.overtakes()) {
                    String leader = x.leaderAfter() == 0 ? a : b;
                    String other = x.leaderAfter() == 0 ? b : a;
                    sentence = leader + " pays more than " + other + " from " + at;
                } else {
                    sentence = a + " and " + b + " pay the same at " + at + "; " + (x.leaderAfter() == 0 ? a : b)
                            + " pays more on both sides";
                }
                out.add(new BreakEven(x.base(), pair.first(), pair.second(), x.overtakes(), sentence));
            }
        }
        return out;
    }

    /** Where two structures never meet: who leads throughout. Empty when every pair meets somewhere. */
    List<String> neverMeeting() {
        List<String> out = new ArrayList<>();
        for (ScenarioComparison.BreakEven pair : result.breakEvens()) {
            TierComparison c = pair.comparison();
            if (!c.crossings().isEmpty()) {
                continue;
            }
            String a = labels.get(pair.first());
            String b = labels.get(pair.second());
            out.add(c.firstLeader() < 0 ? a + " and " + b + " pay the same at every revenue"
                    : (c.firstLeader() == 0 ? a : b) + " pays more than " + (c.firstLeader() == 0 ? b : a)
                    + " at every revenue");
        }
        return out;
    }

    /**
     * The end of the x axis: a round number above the largest projected year, the highest threshold and every
     * break-even point worth seeing, so the interesting part of the curves is on screen.
     */
    static BigDecimal axisEnd(BigDecimal largestYear, BigDecimal highestThreshold) {
        BigDecimal want = largestYear.multiply(new BigDecimal("1.1"))
                .max(highestThreshold.multiply(new BigDecimal("1.25")))
                .max(BigDecimal.valueOf(1000));
        return niceCeiling(want);
    }

    /** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least {@code v} (v > 0). */
    static BigDecimal niceCeiling(BigDecimal v) {
        int exponent = v.precision() - v.scale() - 1;
        BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(exponent);
        for (String m : new String[] {"1", "1.5", "2", "2.5", "3", "4", "5", "6", "8", "10"}) {
            BigDecimal candidate = new BigDecimal(m).multiply(power);
            if (candidate.compareTo(v) >= 0) {
                return candidate.stripTrailingZeros().setScale(Math.max(0, candidate.stripTrailingZeros().scale()));
            }
        }
        return BigDecimal.TEN.multiply(power);
    }

    /** 0 to xMax in {@link #POINTS} steps, plus each threshold and a point just before it (so jumps draw upright). */
    static List<BigDecimal> basePoints(BigDecimal xMax, List<BigDecimal> thresholds) {
        TreeSet<BigDecimal> points = new TreeSet<>();
        BigDecimal step = xMax.divide(BigDecimal.valueOf(POINTS), MathContext.DECIMAL64);
        for (int i = 0; i <= POINTS; i++) {
            points.add(step.multiply(BigDecimal.valueOf(i)).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros());
        }
        BigDecimal nudge = xMax.divide(BigDecimal.valueOf(POINTS * 20L), MathContext.DECIMAL64);
        for (BigDecimal t : thresholds) {
            if (t.signum() > 0 && t.compareTo(xMax) <= 0) {
                points.add(t.stripTrailingZeros());
                points.add(t.subtract(nudge).max(BigDecimal.ZERO).setScale(6, RoundingMode.HALF_EVEN)
                        .stripTrailingZeros());
            }
        }
        return new ArrayList<>(points);
    }

    static String number(BigDecimal v, Locale locale) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(v);
    }
}
