package io.licensor.analytics;

import io.licensor.model.Problem;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules royalty-terms.md sets for a list of sales periods, checked with plain-words messages. One use only. */
final class PeriodRules {
    private final RoyaltyTerms terms;
    private final boolean yearsMatter;
    private LocalDate cachedFirst;
    private LocalDate cachedNext;

    PeriodRules(RoyaltyTerms terms) {
        this.terms = terms;
        this.yearsMatter = terms.tierReset() == TierReset.CONTRACT_YEAR || terms.hasMinimum() || terms.hasCap();
    }

    List<Problem> check(PeriodSeries s, PeriodLocator where) {
        List<Problem> out = new ArrayList<>();
        LocalDate start = terms.startDate();
        for (int i = 0; i < s.size(); i++) {
            LocalDate end = s.periodEnd(i);
            LocalDate previousEnd = i == 0 ? null : s.periodEnd(i - 1);
            BigDecimal base = s.base(i);
            if (base.signum() < 0) {
                out.add(new Problem(where.where(i, PeriodLocator.BASE), "cannot be negative, got " + base.toPlainString()));
            }
            if (end.isBefore(start)) {
                out.add(new Problem(where.where(i, PeriodLocator.PERIOD_END), "the period ends on " + end
                        + ", before the contract starts on " + start));
            }
            if (previousEnd != null && !end.isAfter(previousEnd)) {
                out.add(new Problem(where.where(i, PeriodLocator.PERIOD_END), end + " is not later than the previous"
                        + " period's end " + previousEnd + ": list the periods in order, one per period"));
            }
            LocalDate periodStart = s.periodStart(i);
            if (periodStart != null) {
                checkStart(out, where, i, periodStart, end, previousEnd);
            }
        }
        return out;
    }

    private void checkStart(List<Problem> out, PeriodLocator where, int i, LocalDate periodStart, LocalDate end,
            LocalDate previousEnd) {
        if (periodStart.isAfter(end)) {
            out.add(new Problem(where.where(i, PeriodLocator.PERIOD_START), "the period starts on " + periodStart
                    + ", after its end " + end));
            return;
        }
        if (previousEnd != null && !periodStart.isAfter(previousEnd)) {
            out.add(new Problem(where.where(i, PeriodLocator.PERIOD_START), "the period starts on " + periodStart
                    + ", not after the previous period's end " + previousEnd + ": periods may not overlap"));
        }
        if (yearsMatter && !end.isBefore(terms.startDate())) {
            LocalDate yearStart = firstDayOfYearContaining(end);
            if (periodStart.isBefore(yearStart)) {
                out.add(new Problem(where.where(i, PeriodLocator.PERIOD_START), "the period " + periodStart + " to "
                        + end + " spans two contract years, which these terms cannot share out (" + reason()
                        + "): split it into one period ending " + yearStart.minusDays(1) + " and one starting "
                        + yearStart));
            }
        }
    }

    /** First day of the contract year containing {@code day} (not before the start); cached, periods ascend. */
    private LocalDate firstDayOfYearContaining(LocalDate day) {
        if (cachedFirst == null || day.isBefore(cachedFirst) || !day.isBefore(cachedNext)) {
            int k = ContractYears.yearOf(terms.startDate(), day);
            cachedFirst = ContractYears.firstDay(terms.startDate(), k);
            cachedNext = ContractYears.firstDay(terms.startDate(), k + 1);
        }
        return cachedFirst;
    }

    private String reason() {
        List<String> why = new ArrayList<>();
        if (terms.tierReset() == TierReset.CONTRACT_YEAR) {
            why.add("tiers restart each contract year");
        }
        if (terms.hasMinimum()) {
            why.add("there is a minimum annual royalty");
        }
        if (terms.hasCap()) {
            why.add("there is an annual cap");
        }
        return String.join(", ", why);
    }
}
