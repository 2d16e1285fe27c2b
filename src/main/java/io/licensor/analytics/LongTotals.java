package io.licensor.analytics;

import io.licensor.model.Money;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The engine's totals (rules 1 to 9) in exact long arithmetic: bases and thresholds as whole multiples of 10^-SB,
 * rates of 10^-SR, F(c) of 10^-(SB+SR), money in minor units. Same rules, same rounding, no objects per period:
 * metrics run the engine over a million receipts with it. Every operation is overflow-checked; when a number does
 * not fit, {@link #totals} returns null and the caller uses the BigDecimal path, so the result is always exact.
 * A property test holds the two paths equal.
 */
final class LongTotals {
    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private final RoyaltyTerms terms;
    private final TierSchedule schedule;
    private final int minor;
    private final int rateScale;
    private final int withholdingScale;
    private final long withholdingRate;
    private final boolean usable;

    LongTotals(RoyaltyTerms terms, TierSchedule schedule) {
        this.terms = terms;
        this.schedule = schedule;
        this.minor = Money.minorUnits(terms.currency());
        int sr = 0;
        for (int k = 0; k < schedule.size(); k++) {
            sr = Math.max(sr, schedule.rate(k).scale());
        }
        this.rateScale = sr;
        BigDecimal w = terms.withholdingRate().value();
        this.withholdingScale = Math.max(0, w.scale());
        this.withholdingRate = withholdingScale <= 18 && w.precision() <= 18
                ? w.movePointRight(withholdingScale).longValueExact() : -1;
        this.usable = sr <= 12 && withholdingRate >= 0 && withholdingScale <= 18;
    }

    /** The totals, or null when some number does not fit in a long (then use the BigDecimal path). */
    RoyaltyTotals totals(PeriodSeries s) {
        Run run = run(s);
        if (run == null) {
            return null;
        }
        try {
            return run.compute(s, null);
        } catch (ArithmeticException tooBig) {
            return null;
        }
    }

    /**
     * The totals, the NPV at {@code discountRate} and the sum of the bases, or null when a number does not fit in a
     * long or the NPV's one rounding cannot be told apart from a half-unit boundary in double arithmetic (then use
     * the BigDecimal path). See {@link NpvSum} for why the NPV is then exactly the BigDecimal path's.
     */
    RoyaltyValuation value(PeriodSeries s, BigDecimal discountRate) {
        Run run = run(s);
        if (run == null) {
            return null;
        }
        NpvSum npv = new NpvSum(terms.startDate(), 1.0 + discountRate.doubleValue());
        try {
            RoyaltyTotals totals = run.compute(s, npv);
            long fixed = Math.subtractExact(toLong(totals.upfrontFee(), minor),
                    toLong(totals.upfrontWithholding(), minor));
            fixed = Math.addExact(fixed, Math.subtractExact(toLong(totals.advance(), minor),
                    toLong(totals.advanceWithholding(), minor)));
            Long rounded = npv.rounded(fixed);
            if (rounded == null) {
                return null;
            }
            BigDecimal bases = BigDecimal.valueOf(run.baseSum, run.sb).setScale(run.baseScale,
                    java.math.RoundingMode.UNNECESSARY);
            return new RoyaltyValuation(totals, BigDecimal.valueOf(rounded, minor), bases, s.size());
        } catch (ArithmeticException tooBig) {
            return null;
        }
    }

    /** A run at the smallest base scale that holds every base and threshold; null when longs cannot hold it. */
    private Run run(PeriodSeries s) {
        if (!usable) {
            return null;
        }
        int baseScale = 0;
        for (int i = 0; i < s.size(); i++) {
            baseScale = Math.max(baseScale, s.base(i).scale());
        }
        int sb = baseScale;
        for (int k = 0; k < schedule.size(); k++) {
            sb = Math.max(sb, schedule.from(k).scale());
        }
        if (sb + rateScale > 18) {
            return null;
        }
        try {
            return new Run(sb, baseScale);
        } catch (ArithmeticException tooBig) {
            return null;
        }
    }

    /** x / 10^digits rounded half-even (digits may be negative: then x * 10^-digits). */
    static long roundHalfEven(long x, int digits) {
        if (digits <= 0) {
            return Math.multiplyExact(x, POW10[-digits]);
        }
        long p = POW10[digits];
        long q = Math.floorDiv(x, p);
        long r = Math.floorMod(x, p);
        long twice = 2 * r;
        if (twice > p || (twice == p && (q & 1) != 0)) {
            q++;
        }
        return q;
    }

    static long toLong(BigDecimal value, int scale) {
        return value.movePointRight(scale).longValueExact();
    }

    /** One run at base scale sb. */
    private final class Run {
        private final int sb;
        private final long[] from;
        private final long[] rate;
        private final long[] below;
        /** The largest scale of a base, at least 0: the scale of their exact BigDecimal sum. */
        private final int baseScale;
        /** The sum of the bases at scale sb, after {@link #compute}. */
        private long baseSum;

        Run(int sb, int baseScale) {
            this.sb = sb;
            this.baseScale = baseScale;
            int n = schedule.size();
            from = new long[n];
            rate = new long[n];
            below = new long[n];
            for (int k = 0; k < n; k++) {
                from[k] = toLong(schedule.from(k), sb);
                rate[k] = toLong(schedule.rate(k), rateScale);
                below[k] = toLong(schedule.below(k), sb + rateScale);
            }
        }

        private long f(long c, int k) {
            if (schedule.wholeVolume()) {
                return Math.multiplyExact(rate[k], c);
            }
            return Math.addExact(below[k], Math.multiplyExact(rate[k], Math.subtractExact(c, from[k])));
        }

        private int tierOf(long c, int hint) {
            int k = hint;
            while (k + 1 < from.length && from[k + 1] <= c) {
                k++;
            }
            while (k > 0 && from[k] > c) {
                k--;
            }
            return k;
        }

        /** The totals; also books each period's net cash into {@code npv} when it is not null. */
        RoyaltyTotals compute(PeriodSeries s, NpvSum npv) {
            boolean reset = terms.tierReset() == TierReset.CONTRACT_YEAR;
            long cap = terms.hasCap() ? toLong(terms.annualCap().amount(), minor) : Long.MAX_VALUE;
            long minimum = terms.hasMinimum() ? toLong(terms.minimumAnnual().amount(), minor) : 0;
            long advance = toLong(terms.advance().amount(), minor);
            int fScale = sb + rateScale - minor;
            long cum = 0;
            long roundedSoFar = 0;
            int tier = 0;
            long yearEarned = 0;
            long yearCapped = 0;
            long advanceLeft = advance;
            long earnedSum = 0;
            long topUps = 0;
            long recouped = 0;
            long payable = 0;
            long withheld = 0;
            int year = 0;
            LocalDate start = terms.startDate();
            LocalDate nextYear = start.plusYears(1);
            int n = s.size();
            for (int i = 0; i < n; i++) {
                LocalDate end = s.periodEnd(i);
                if (!end.isBefore(nextYear)) {
                    do {
                        year++;
                        nextYear = start.plusYears(year + 1L);
                    } while (!end.isBefore(nextYear));
                    yearEarned = 0;
                    yearCapped = 0;
                    if (reset) {
                        cum = 0;
                        roundedSoFar = 0;
                        tier = 0;
                    }
                }
                long base = toLong(s.base(i), sb);
                baseSum = Math.addExact(baseSum, base);
                cum = Math.addExact(cum, base);
                tier = tierOf(cum, tier);
                long rounded = roundHalfEven(f(cum, tier), fScale);
                long earned = rounded - roundedSoFar;
                roundedSoFar = rounded;
                long capped = earned;
                if (cap != Long.MAX_VALUE) {
                    long before = yearEarned;
                    yearEarned = Math.addExact(yearEarned, earned);
                    capped = Math.min(cap, yearEarned) - Math.min(cap, before);
                }
                long topUp = 0;
                if (minimum > 0) {
                    yearCapped += capped;
                    boolean complete = i + 1 < n ? !s.periodEnd(i + 1).isBefore(nextYear)
                            : end.plusDays(1).equals(nextYear);
                    if (complete && minimum > yearCapped) {
                        topUp = minimum - yearCapped;
                    }
                }
                long due = capped + topUp;
                long recoup = 0;
                if (advanceLeft > 0 && due > 0) {
                    recoup = Math.min(due, advanceLeft);
                    advanceLeft -= recoup;
                }
                long pay = due - recoup;
                earnedSum = Math.addExact(earnedSum, capped);
                topUps += topUp;
                recouped += recoup;
                payable = Math.addExact(payable, pay);
                long held = withhold(pay);
                withheld = Math.addExact(withheld, held);
                if (npv != null) {
                    npv.add(pay - held, end);
                }
            }
            return totals(advanceLeft, earnedSum, topUps, recouped, payable, withheld);
        }

        private long withhold(long payment) {
            return withholdingRate == 0 || payment == 0 ? 0
                    : roundHalfEven(Math.multiplyExact(payment, withholdingRate), withholdingScale);
        }

        private RoyaltyTotals totals(long advanceLeft, long earned, long topUps, long recouped, long payable,
                long withheld) {
            long upfront = toLong(terms.upfrontFee().amount(), minor);
            long advance = toLong(terms.advance().amount(), minor);
            long upfrontHeld = withhold(upfront);
            long advanceHeld = withhold(advance);
            long income = Math.addExact(Math.addExact(upfront, advance), payable);
            long allHeld = Math.addExact(Math.addExact(upfrontHeld, advanceHeld), withheld);
            return new RoyaltyTotals(terms.currency(), money(upfront), money(advance), money(upfrontHeld),
                    money(advanceHeld), money(earned), money(topUps), money(recouped), money(advanceLeft),
                    money(payable), money(income), money(allHeld), money(income - allHeld));
        }

        private BigDecimal money(long minorUnits) {
            return BigDecimal.valueOf(minorUnits, minor);
        }
    }
}
