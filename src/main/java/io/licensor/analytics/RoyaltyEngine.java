package io.licensor.analytics;

import io.licensor.model.InputRejectedException;
import io.licensor.model.Money;
import io.licensor.model.Problem;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The royalty engine: turns one set of terms and a list of reporting periods into money, following
 * shared/spec/royalty-terms.md rule by rule. Build it once per set of terms ({@link #of}) and run it as often as
 * needed: it is immutable and thread-safe, and a run does one pass over the periods with a handful of exact decimal
 * operations per period.
 */
public final class RoyaltyEngine {
    private final RoyaltyTerms terms;
    private final TierSchedule schedule;
    private final int minor;
    private final BigDecimal zero;
    private final BigDecimal cap;
    private final BigDecimal minimum;
    private final BigDecimal withholdingRate;
    private final boolean resetYearly;
    private final LongTotals fast;

    private RoyaltyEngine(RoyaltyTerms terms) {
        this.terms = terms;
        this.schedule = new TierSchedule(terms.tiers(), terms.tierMode());
        this.minor = Money.minorUnits(terms.currency());
        this.zero = BigDecimal.ZERO.setScale(minor);
        this.cap = terms.hasCap() ? scaled(terms.annualCap().amount()) : null;
        this.minimum = terms.hasMinimum() ? scaled(terms.minimumAnnual().amount()) : null;
        this.withholdingRate = terms.withholdingRate().isZero() ? null : terms.withholdingRate().value();
        this.resetYearly = terms.tierReset() == TierReset.CONTRACT_YEAR;
        this.fast = new LongTotals(terms, schedule);
    }

    /**
     * An engine for these terms.
     *
     * @throws IllegalArgumentException when the terms break a rule ({@link RoyaltyTerms#problems()} is not empty)
     */
    public static RoyaltyEngine of(RoyaltyTerms terms) {
        requireValid(terms);
        return new RoyaltyEngine(terms);
    }

    /** @throws IllegalArgumentException listing the problems when the terms break a rule */
    static void requireValid(RoyaltyTerms terms) {
        List<Problem> problems = terms.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid royalty terms: " + problems.stream().map(Problem::toString)
                    .collect(Collectors.joining("; ")));
        }
    }

    /** Runs the terms on the periods; see {@link #run(List, BigDecimal)}. */
    public static RoyaltySchedule simulate(RoyaltyTerms terms, List<SalesPeriod> periods, BigDecimal discountRate) {
        return of(terms).run(periods, discountRate);
    }

    /** The terms this engine computes. */
    public RoyaltyTerms terms() {
        return terms;
    }

    /** Runs without NPV; see {@link #run(List, BigDecimal)}. */
    public RoyaltySchedule run(List<SalesPeriod> periods) {
        return run(periods, null);
    }

    /**
     * One line per period, the totals and, when {@code discountRate} is not null, the NPV at that annual rate.
     *
     * @throws InputRejectedException when the periods break a rule of the spec ({@link #problems})
     */
    public RoyaltySchedule run(List<SalesPeriod> periods, BigDecimal discountRate) {
        PeriodSeries series = PeriodSeries.of(periods);
        List<Problem> problems = problems(series, PeriodLocator.byIndex());
        if (!problems.isEmpty()) {
            throw new InputRejectedException("sales periods", problems);
        }
        if (discountRate != null) {
            Npv.checkRate(discountRate);
        }
        List<RoyaltyLine> lines = new ArrayList<>(periods.size());
        RoyaltyTotals totals = compute(series, lines);
        BigDecimal npv = discountRate == null ? null : Npv.of(terms, totals, lines, discountRate);
        return new RoyaltySchedule(terms, lines, totals, npv);
    }

    /**
     * Totals only, without per-period lines and without validating the periods: the fast path for metrics over
     * many receipts. Periods must come in non-decreasing order of their end; a period ending before the start date
     * counts in the first contract year. Callers that need to know about such periods check {@link #problems} first.
     */
    public RoyaltyTotals totals(PeriodSeries periods) {
        RoyaltyTotals totals = fast.totals(periods);
        return totals != null ? totals : exactTotals(periods);
    }

    /**
     * One line per period and the totals, without validating the periods: what the licensee reported, computed as
     * reported (the same leniency as {@link #totals(PeriodSeries)}, so that its lines add up to the totals metrics
     * uses). Periods must come in non-decreasing order of their end. Callers that need to know about periods that
     * break a rule check {@link #problems} first.
     */
    public RoyaltySchedule runAsReported(PeriodSeries periods) {
        List<RoyaltyLine> lines = new ArrayList<>(periods.size());
        RoyaltyTotals totals = compute(periods, lines);
        return new RoyaltySchedule(terms, lines, totals, null);
    }

    /**
     * Totals, NPV at {@code discountRate} and the sum of the bases, without per-period lines and without validating
     * the periods (like {@link #totals(PeriodSeries)}): the fast path for valuing many licenses. The figures are
     * those of {@link #run(List, BigDecimal)} on the same periods, to the cent (property-tested).
     *
     * @throws IllegalArgumentException when the discount rate is -100 % or less
     */
    public RoyaltyValuation value(PeriodSeries periods, BigDecimal discountRate) {
        Npv.checkRate(discountRate);
        RoyaltyValuation fastValue = fast.value(periods, discountRate);
        return fastValue != null ? fastValue : exactValue(periods, discountRate);
    }

    /** {@link #value} by the BigDecimal path only (the fast path's reference, for tests). */
    RoyaltyValuation exactValue(PeriodSeries periods, BigDecimal discountRate) {
        List<RoyaltyLine> lines = new ArrayList<>(periods.size());
        RoyaltyTotals totals = compute(periods, lines);
        BigDecimal bases = BigDecimal.ZERO;
        for (RoyaltyLine line : lines) {
            bases = bases.add(line.base());
        }
        return new RoyaltyValuation(totals, Npv.of(terms, totals, lines, discountRate), bases, lines.size());
    }

    /** {@link #value} by the fast path only; null where it falls back (for tests). */
    RoyaltyValuation fastValue(PeriodSeries periods, BigDecimal discountRate) {
        return fast.value(periods, discountRate);
    }

    /** Totals by the BigDecimal path only (the long path's reference, for tests). */
    RoyaltyTotals exactTotals(PeriodSeries periods) {
        return compute(periods, null);
    }

    /** Totals by the long path only; null when the numbers do not fit (for tests). */
    RoyaltyTotals longTotals(PeriodSeries periods) {
        return fast.totals(periods);
    }

    /** Every rule of the spec the periods break, each named through {@code where}; empty when they are fine. */
    public List<Problem> problems(List<SalesPeriod> periods, PeriodLocator where) {
        return problems(PeriodSeries.of(periods), where);
    }

    /** Every rule of the spec the periods break, each named through {@code where}; empty when they are fine. */
    public List<Problem> problems(PeriodSeries periods, PeriodLocator where) {
        return new PeriodRules(terms).check(periods, where);
    }

    private RoyaltyTotals compute(PeriodSeries s, List<RoyaltyLine> lines) {
        int n = s.size();
        LocalDate start = terms.startDate();
        int year = 0;
        LocalDate nextYear = start.plusYears(1);
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal roundedSoFar = zero;
        int tier = 0;
        BigDecimal yearEarned = zero;
        BigDecimal yearCapped = zero;
        Sums sums = new Sums(scaled(terms.advance().amount()));
        for (int i = 0; i < n; i++) {
            LocalDate end = s.periodEnd(i);
            if (!end.isBefore(nextYear)) {
                do {
                    year++;
                    nextYear = start.plusYears(year + 1L);
                } while (!end.isBefore(nextYear));
                yearEarned = zero;
                yearCapped = zero;
                if (resetYearly) {
                    cumulative = BigDecimal.ZERO;
                    roundedSoFar = zero;
                    tier = 0;
                }
            }
            BigDecimal base = s.base(i);
            cumulative = cumulative.add(base);
            tier = schedule.tierOf(cumulative, tier);
            // Rule 4: R(F(C + B)) - R(F(C)), so that rounding never drifts from the rounded exact total.
            BigDecimal rounded = round(schedule.value(cumulative, tier));
            BigDecimal earned = rounded.subtract(roundedSoFar);
            roundedSoFar = rounded;
            BigDecimal capped = earned;
            if (cap != null) {
                BigDecimal before = yearEarned;
                yearEarned = yearEarned.add(earned);
                capped = cap.min(yearEarned).subtract(cap.min(before));
            }
            BigDecimal topUp = zero;
            if (minimum != null) {
                yearCapped = yearCapped.add(capped);
                if (endsCompleteYear(s, i, nextYear) && minimum.compareTo(yearCapped) > 0) {
                    topUp = minimum.subtract(yearCapped);
                }
            }
            sums.add(capped, topUp);
            if (lines != null) {
                lines.add(new RoyaltyLine(i, s.periodStart(i), end, base, year, earned, capped, topUp,
                        sums.periodRecouped, sums.periodPayable, sums.periodWithheld,
                        sums.periodPayable.subtract(sums.periodWithheld)));
            }
        }
        return sums.totals();
    }

    /**
     * Rule 6: the period is the last of its contract year, and the data completes the year (a later period exists,
     * so one ends after the year's last day, or this one ends on that day).
     */
    private static boolean endsCompleteYear(PeriodSeries s, int i, LocalDate nextYear) {
        if (i + 1 < s.size()) {
            return !s.periodEnd(i + 1).isBefore(nextYear);
        }
        return s.periodEnd(i).plusDays(1).equals(nextYear);
    }

    private BigDecimal round(BigDecimal exact) {
        return exact.setScale(minor, RoundingMode.HALF_EVEN);
    }

    private BigDecimal scaled(BigDecimal money) {
        return money.setScale(minor, RoundingMode.HALF_EVEN);
    }

    /** Rule 8: R(x * withholdingRate). */
    BigDecimal withholding(BigDecimal payment) {
        return withholdingRate == null || payment.signum() == 0 ? zero : round(payment.multiply(withholdingRate));
    }

    /** Rules 7 to 9: recoupment, withholding and the running totals; also the last period's figures. */
    private final class Sums {
        private BigDecimal periodRecouped;
        private BigDecimal periodPayable;
        private BigDecimal periodWithheld;
        private BigDecimal advanceLeft;
        private BigDecimal earned = zero;
        private BigDecimal topUps = zero;
        private BigDecimal recouped = zero;
        private BigDecimal payable = zero;
        private BigDecimal withheld = zero;

        Sums(BigDecimal advance) {
            this.advanceLeft = advance;
        }

        /** Books one period. */
        void add(BigDecimal capped, BigDecimal topUp) {
            BigDecimal due = topUp.signum() == 0 ? capped : capped.add(topUp);
            BigDecimal recoup = zero;
            if (advanceLeft.signum() > 0 && due.signum() > 0) {
                recoup = due.min(advanceLeft);
                advanceLeft = advanceLeft.subtract(recoup);
            }
            BigDecimal pay = recoup.signum() == 0 ? due : due.subtract(recoup);
            BigDecimal held = withholding(pay);
            earned = earned.add(capped);
            if (topUp.signum() != 0) {
                topUps = topUps.add(topUp);
            }
            recouped = recouped.add(recoup);
            payable = payable.add(pay);
            withheld = withheld.add(held);
            periodRecouped = recoup;
            periodPayable = pay;
            periodWithheld = held;
        }

        RoyaltyTotals totals() {
            BigDecimal upfront = scaled(terms.upfrontFee().amount());
            BigDecimal advance = scaled(terms.advance().amount());
            BigDecimal upfrontHeld = withholding(upfront);
            BigDecimal advanceHeld = withholding(advance);
            BigDecimal income = upfront.add(advance).add(payable);
            BigDecimal allHeld = upfrontHeld.add(advanceHeld).add(withheld);
            return new RoyaltyTotals(terms.currency(), upfront, advance, upfrontHeld, advanceHeld, earned, topUps,
                    recouped, advanceLeft, payable, income, allHeld, income.subtract(allHeld));
        }
    }
}
