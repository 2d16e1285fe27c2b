package io.licensor.model;

import static io.licensor.model.Limits.checkDecimal;
import static io.licensor.model.Limits.checkId;
import static io.licensor.model.Limits.checkText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The rules one record must keep to be stored, beyond what its constructor enforces: required texts, lengths,
 * ranges, decimal places ({@link Limits}). Problems name fields as the portfolio file does (shared/spec/
 * portfolio-format.md), relative to the record: {@code owners[0].share}, {@code terms.tiers[1].rate}. The portfolio
 * file reader prefixes them with the record's path; forms show them beside the field.
 */
public final class RecordChecks {
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private RecordChecks() {}

    /** Problems with the portfolio's settings. */
    public static List<Problem> settings(PortfolioSettings s) {
        List<Problem> out = new ArrayList<>();
        checkText(out, "name", s.name(), Limits.NAME, true);
        checkCountry(out, "homeCountry", s.homeCountry());
        return out;
    }

    /** Problems with an asset and its owners, valuations, components, jurisdictions and tags. */
    public static List<Problem> asset(Asset a) {
        List<Problem> out = new ArrayList<>();
        checkId(out, "id", a.id());
        checkText(out, "title", a.title(), Limits.TITLE, true);
        checkText(out, "description", a.description(), Limits.LONG_TEXT, false);
        checkText(out, "registrationNumber", a.registrationNumber(), Limits.NAME, false);
        checkText(out, "provenance", a.provenance(), Limits.LONG_TEXT, false);
        for (int i = 0; i < a.jurisdictions().size(); i++) {
            checkText(out, "jurisdictions[" + i + "]", a.jurisdictions().get(i), Limits.CODE, true);
        }
        for (int i = 0; i < a.tags().size(); i++) {
            checkText(out, "tags[" + i + "]", a.tags().get(i), Limits.TAG, true);
        }
        for (int i = 0; i < a.owners().size(); i++) {
            Owner o = a.owners().get(i);
            checkText(out, "owners[" + i + "].name", o.name(), Limits.NAME, true);
            checkFraction(out, "owners[" + i + "].share", o.share());
        }
        for (int i = 0; i < a.valuations().size(); i++) {
            checkMoney(out, "valuations[" + i + "].amount", a.valuations().get(i).amount(), true);
        }
        for (int i = 0; i < a.components().size(); i++) {
            Component c = a.components().get(i);
            checkText(out, "components[" + i + "].name", c.name(), Limits.NAME, true);
            checkText(out, "components[" + i + "].license", c.license(), Limits.TAG, false);
        }
        return out;
    }

    /** Problems with a license and its terms (including {@link RoyaltyTerms#problems()}, under {@code terms.}). */
    public static List<Problem> license(License l) {
        List<Problem> out = new ArrayList<>();
        checkId(out, "id", l.id());
        checkText(out, "licensee", l.licensee(), Limits.NAME, true);
        checkCountry(out, "licenseeCountry", l.licenseeCountry());
        checkText(out, "territory", l.territory(), Limits.SHORT_TEXT, false);
        checkText(out, "fieldOfUse", l.fieldOfUse(), Limits.SHORT_TEXT, false);
        if (l.assetIds().isEmpty()) {
            out.add(new Problem("assets", "a license must cover at least one asset"));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < l.assetIds().size(); i++) {
            String assetId = l.assetIds().get(i);
            checkId(out, "assets[" + i + "]", assetId);
            if (assetId != null && !seen.add(assetId)) {
                out.add(new Problem("assets[" + i + "]", "asset " + assetId + " is listed twice"));
            }
        }
        if (l.end() != null && l.end().isBefore(l.start())) {
            out.add(new Problem("end", "ends (" + l.end() + ") before it starts (" + l.start() + ")"));
        }
        if (l.id() != null && l.id().equals(l.renewalOf())) {
            out.add(new Problem("renewalOf", "a license cannot renew itself"));
        }
        out.addAll(terms(l));
        return out;
    }

    private static List<Problem> terms(License l) {
        List<Problem> out = new ArrayList<>();
        RoyaltyTerms t = l.terms();
        if (!t.startDate().equals(l.start())) {
            out.add(new Problem("terms.startDate", "must be the license's start (" + l.start() + "), got "
                    + t.startDate()));
        }
        for (Problem p : t.problems()) {
            out.add(new Problem("terms." + p.where(), p.message()));
        }
        checkDecimal(out, "terms.upfrontFee", t.upfrontFee().amount(), Limits.MONEY);
        checkDecimal(out, "terms.advance", t.advance().amount(), Limits.MONEY);
        checkDecimal(out, "terms.minimumAnnual", t.minimumAnnual().amount(), Limits.MONEY);
        if (t.annualCap() != null) {
            checkDecimal(out, "terms.annualCap", t.annualCap().amount(), Limits.MONEY);
        }
        checkDecimal(out, "terms.withholdingRate", t.withholdingRate().value(), Limits.FRACTION);
        for (int i = 0; i < t.tiers().size(); i++) {
            checkDecimal(out, "terms.tiers[" + i + "].from", t.tiers().get(i).from(), Limits.QUANTITY);
            checkDecimal(out, "terms.tiers[" + i + "].rate", t.tiers().get(i).rate(), Limits.TIER_RATE);
        }
        return out;
    }

    /**
     * Problems with a receipt. {@code currency} is its license's currency (amounts may not have more decimals than
     * it allows); null when the license is unknown, and then only the storable scale is checked.
     */
    public static List<Problem> receipt(Receipt r, Currency currency) {
        List<Problem> out = new ArrayList<>();
        checkId(out, "id", r.id());
        checkId(out, "license", r.licenseId());
        if (r.periodStart() != null && r.periodStart().isAfter(r.periodEnd())) {
            out.add(new Problem("periodStart", "is after periodEnd (" + r.periodStart() + " > " + r.periodEnd() + ")"));
        }
        checkQuantity(out, "reportedSales", r.reportedSales());
        checkQuantity(out, "reportedUnits", r.reportedUnits());
        checkAmount(out, "gross", r.gross(), currency, false);
        checkAmount(out, "withholding", r.withholding(), currency, false);
        return out;
    }

    /** Problems with an enforcement entry. */
    public static List<Problem> enforcement(EnforcementEntry e) {
        List<Problem> out = new ArrayList<>();
        checkId(out, "id", e.id());
        if (e.assetId() != null) {
            checkId(out, "asset", e.assetId());
        }
        if (e.licenseId() != null) {
            checkId(out, "license", e.licenseId());
        }
        checkAmount(out, "cost", e.cost(), e.currency(), true);
        checkAmount(out, "recovered", e.recovered(), e.currency(), true);
        checkText(out, "note", e.note(), Limits.NOTE, false);
        return out;
    }

    /** Problems with an exchange rate. */
    public static List<Problem> fxRate(FxRate f) {
        List<Problem> out = new ArrayList<>();
        if (f.rate().signum() <= 0) {
            out.add(new Problem("rate", "must be greater than 0, got " + f.rate().toPlainString()));
        }
        checkDecimal(out, "rate", f.rate(), Limits.FX_RATE);
        return out;
    }

    private static void checkMoney(List<Problem> out, String where, Money m, boolean nonNegative) {
        checkAmount(out, where, m.amount(), m.currency(), nonNegative);
    }

    private static void checkAmount(List<Problem> out, String where, BigDecimal amount, Currency currency,
            boolean nonNegative) {
        if (nonNegative && amount.signum() < 0) {
            out.add(new Problem(where, "cannot be negative, got " + amount.toPlainString()));
        }
        if (currency != null && !new Money(amount, currency).fitsMinorUnits()) {
            out.add(new Problem(where, "has more decimals than " + currency.getCurrencyCode() + " allows ("
                    + Money.minorUnits(currency) + "), got " + amount.toPlainString()));
            return;
        }
        checkDecimal(out, where, amount, Limits.MONEY);
    }

    private static void checkQuantity(List<Problem> out, String where, BigDecimal value) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0) {
            out.add(new Problem(where, "cannot be negative, got " + value.toPlainString()));
        }
        checkDecimal(out, where, value, Limits.QUANTITY);
    }

    private static void checkFraction(List<Problem> out, String where, BigDecimal value) {
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            out.add(new Problem(where, "must be between 0 and 1, got " + value.toPlainString()));
            return;
        }
        checkDecimal(out, where, value, Limits.FRACTION);
    }

    private static void checkCountry(List<Problem> out, String where, String code) {
        if (code != null && !COUNTRIES.contains(code)) {
            out.add(new Problem(where, "is not an ISO 3166 two-letter country code (like US, DE, GB), got \""
                    + code + "\""));
        }
    }
}
