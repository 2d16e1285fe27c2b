package io.licensor.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A named what-if of the scenario studio, saved in the portfolio: two to four deal structures compared over one
 * revenue projection (the licensee's first-year revenue growing by {@code annualGrowth} a year for {@code years}
 * years, discounted at {@code discountRate}). All structures share one currency, basis and start date, so their
 * figures are comparable. Scenarios are not part of the portfolio file format.
 *
 * @param id              stable id ("S1"); null for a scenario not saved yet
 * @param name            the user's name for it, unique in the portfolio
 * @param sourceLicenseId the license the scenario started from, or null
 * @param structures      the deal structures, in the order they are shown (and coloured)
 * @param firstYearBase   the licensee's base in the first contract year (net sales, or units)
 * @param annualGrowth    growth of the base per year, as a fraction (0.5 = +50 %)
 * @param years           contract years projected
 * @param discountRate    annual discount rate for the NPV, as a fraction
 * @param withholding     withholding rate applied to every structure instead of its own, or null to keep each one's
 */
public record Scenario(String id, String name, String sourceLicenseId, List<ScenarioStructure> structures,
        BigDecimal firstYearBase, BigDecimal annualGrowth, int years, BigDecimal discountRate, Rate withholding) {
    /** The fewest structures a comparison needs. */
    public static final int MIN_STRUCTURES = 2;
    /** The most structures the studio shows side by side. */
    public static final int MAX_STRUCTURES = 4;
    /** Growth and discount rates are stored as DECIMAL(20,10). */
    public static final Limits.DecimalLimit RATE_LIMIT = Limits.TIER_RATE;

    public Scenario {
        Objects.requireNonNull(name, "name");
        structures = List.copyOf(Objects.requireNonNull(structures, "structures"));
        Objects.requireNonNull(firstYearBase, "firstYearBase");
        Objects.requireNonNull(annualGrowth, "annualGrowth");
        Objects.requireNonNull(discountRate, "discountRate");
    }

    public Scenario withId(String newId) {
        return new Scenario(newId, name, sourceLicenseId, structures, firstYearBase, annualGrowth, years,
                discountRate, withholding);
    }

    public Scenario withName(String newName) {
        return new Scenario(id, newName, sourceLicenseId, structures, firstYearBase, annualGrowth, years,
                discountRate, withholding);
    }

    /** Every rule the scenario breaks, each naming its field ({@code structures[1].terms.tiers[0].rate}). */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        Limits.checkText(out, "name", name, Limits.NAME, true);
        if (sourceLicenseId != null) {
            Limits.checkId(out, "sourceLicense", sourceLicenseId);
        }
        if (structures.size() < MIN_STRUCTURES || structures.size() > MAX_STRUCTURES) {
            out.add(new Problem("structures", "a scenario compares " + MIN_STRUCTURES + " to " + MAX_STRUCTURES
                    + " structures, got " + structures.size()));
        }
        for (int i = 0; i < structures.size(); i++) {
            checkStructure(out, "structures[" + i + "]", structures.get(i));
        }
        checkRevenue(out);
        return out;
    }

    private void checkStructure(List<Problem> out, String where, ScenarioStructure s) {
        Limits.checkText(out, where + ".label", s.label(), Limits.NAME, true);
        RoyaltyTerms t = s.terms();
        for (Problem p : t.problems()) {
            out.add(new Problem(where + ".terms." + p.where(), p.message()));
        }
        Limits.checkDecimal(out, where + ".terms.upfrontFee", t.upfrontFee().amount(), Limits.MONEY);
        Limits.checkDecimal(out, where + ".terms.advance", t.advance().amount(), Limits.MONEY);
        Limits.checkDecimal(out, where + ".terms.minimumAnnual", t.minimumAnnual().amount(), Limits.MONEY);
        if (t.annualCap() != null) {
            Limits.checkDecimal(out, where + ".terms.annualCap", t.annualCap().amount(), Limits.MONEY);
        }
        Limits.checkDecimal(out, where + ".terms.withholdingRate", t.withholdingRate().value(), Limits.FRACTION);
        for (int i = 0; i < t.tiers().size(); i++) {
            Limits.checkDecimal(out, where + ".terms.tiers[" + i + "].from", t.tiers().get(i).from(), Limits.QUANTITY);
            Limits.checkDecimal(out, where + ".terms.tiers[" + i + "].rate", t.tiers().get(i).rate(), Limits.TIER_RATE);
        }
        RoyaltyTerms first = structures.get(0).terms();
        if (!t.currency().equals(first.currency())) {
            out.add(new Problem(where + ".terms.currency", "is " + t.currency() + " but the first structure's is "
                    + first.currency() + ": structures are compared in one currency"));
        }
        if (t.basis() != first.basis()) {
            out.add(new Problem(where + ".terms.basis", "is " + t.basis() + " but the first structure's is "
                    + first.basis() + ": structures are compared on one basis"));
        }
        if (!t.startDate().equals(first.startDate())) {
            out.add(new Problem(where + ".terms.startDate", "is " + t.startDate() + " but the first structure's is "
                    + first.startDate() + ": structures are compared over the same contract years"));
        }
    }

    private void checkRevenue(List<Problem> out) {
        if (firstYearBase.signum() < 0) {
            out.add(new Problem("firstYearBase", "cannot be negative, got " + firstYearBase.toPlainString()));
        }
        Limits.checkDecimal(out, "firstYearBase", firstYearBase, Limits.QUANTITY);
        if (annualGrowth.compareTo(BigDecimal.ONE.negate()) <= 0) {
            out.add(new Problem("annualGrowth", "must be more than -100 %, got " + annualGrowth.toPlainString()));
        }
        Limits.checkDecimal(out, "annualGrowth", annualGrowth, RATE_LIMIT);
        if (years < 1 || years > 100) {
            out.add(new Problem("years", "must be 1 to 100, got " + years));
        }
        if (discountRate.compareTo(BigDecimal.ONE.negate()) <= 0) {
            out.add(new Problem("discountRate", "must be more than -100 %, got " + discountRate.toPlainString()));
        }
        Limits.checkDecimal(out, "discountRate", discountRate, RATE_LIMIT);
        if (withholding != null) {
            BigDecimal w = withholding.value();
            if (w.signum() < 0 || w.compareTo(BigDecimal.ONE) >= 0) {
                out.add(new Problem("withholding", "must be at least 0 and less than 1 (100 %), got "
                        + w.toPlainString()));
            }
            Limits.checkDecimal(out, "withholding", w, Limits.FRACTION);
        }
    }
}
