package io.licensor.analytics;

import java.time.LocalDate;

/**
 * Rule 10's NPV of a run's net cash, summed in double arithmetic with a proven error bound, for the engine's fast
 * path. The exact path ({@link Npv}) divides each cash amount (whole minor units) by the double discount factor
 * {@code P = (1 + d)^t} to 34 significant digits and rounds the sum once, half-even, to minor units. Here each
 * {@code cash / P} is one correctly rounded double division (relative error at most 2^-53, the cash being exact in a
 * double) and the sum of n terms is off by at most about (n + 1) 2^-53 times the sum of the terms' sizes. Rounding to
 * whole minor units can only differ between the two when the true sum lies within that distance of a half unit; then
 * {@link #rounded} says it cannot tell, and the caller takes the exact path. So the result is always the exact
 * path's, and a million receipts need no 34-digit division.
 */
final class NpvSum {
    /** Generous: twice the bound above, plus the exact path's own 34-digit rounding of each term. */
    private static final double UNIT = 0x1p-52;
    private static final long EXACT_IN_DOUBLE = 1L << 53;

    private final LocalDate start;
    private final double onePlusRate;
    private double sum;
    private double size;
    private long terms;
    private boolean unusable;

    NpvSum(LocalDate start, double onePlusRate) {
        this.start = start;
        this.onePlusRate = onePlusRate;
    }

    /** Books one period's net cash (minor units), paid the day after {@code periodEnd}. */
    void add(long cash, LocalDate periodEnd) {
        if (cash == 0) {
            return; // the exact path adds an exact zero too
        }
        if (Math.abs(cash) > EXACT_IN_DOUBLE) {
            unusable = true;
            return;
        }
        double years = Npv.yearFraction(start, periodEnd);
        double term = years == 0 ? cash : cash / Math.pow(onePlusRate, years);
        sum += term;
        size += Math.abs(term);
        terms++;
    }

    /**
     * {@code fixed} (whole minor units at t = 0) plus the discounted sum, rounded half-even to whole minor units;
     * null when the double sum cannot decide that rounding (or a term was not finite).
     */
    Long rounded(long fixed) {
        if (unusable || !Double.isFinite(sum) || !Double.isFinite(size) || size >= 0x1p50) {
            return null;
        }
        double floor = Math.floor(sum);
        double fraction = sum - floor; // exact: |sum| < 2^50
        double margin = (terms + 2) * UNIT * size + 1e-30 * size;
        if (Math.abs(fraction - 0.5) <= margin) {
            return null;
        }
        long whole = (long) floor + (fraction > 0.5 ? 1 : 0);
        return Math.addExact(fixed, whole);
    }
}
