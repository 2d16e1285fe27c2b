package io.licensor.analytics;

import io.licensor.model.Problem;
import io.licensor.model.RoyaltyTerms;
import io.licensor.model.TierReset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules royalty-terms.md sets for a list of sales periods, checked with plain-words messages. */
final class PeriodRules {
    private final RoyaltyTerms terms;
    private final boolean yearsMatter;

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
                checkStart(out, where.where(i, PeriodLocator.PERIOD_START), periodStart, end, previousEnd);
            }
        }
        return out;
    }

    private void checkStart(List<Problem> out, String at, LocalDate periodStart, LocalDate end, LocalDate previousEnd) {
        if (periodStart.isAfter(end)) {
            out.add(new Problem(at, "the period starts on " + periodStart + ", after its end " + end));
            return;
        }
        if (previousEnd != null && !periodStart.isAfter(previousEnd)) {
            out.add(new Problem(at, "the period starts on " + periodStart + ", not after the previous period's end "
                    + previousEnd + ": periods may not overlap"));
        }
        LocalDate start = terms.startDate();
        int endYear = ContractYears.yearOf(start, end);
        if (yearsMatter && ContractYears.yearOf(start, periodStart) < endYear && !end.isBefore(start)) {
            LocalDate split = ContractYears.firstDay(start, endYear);
            out.add(new Problem(at, "the period " + periodStart + " to " + end + " spans two contract years, which"
                    + " these terms cannot share out (" + reason() + "): split it into one period ending "
                    + split.minusDays(1) + " and one starting " + split));
        }
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
