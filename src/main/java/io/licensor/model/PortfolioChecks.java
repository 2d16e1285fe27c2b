package io.licensor.model;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules a whole portfolio keeps (shared/spec/portfolio-format.md): every record passes {@link RecordChecks}
 * (a receipt's amounts in its license's currency) and the records agree with each other ({@link References}).
 * Problems name portfolio-file paths: {@code receipts[12].gross}, {@code licenses[0].assets[1]}.
 */
public final class PortfolioChecks {
    private PortfolioChecks() {}

    /** Every problem of the portfolio; empty when it can be stored as it is. */
    public static List<Problem> problems(Portfolio p) {
        List<Problem> out = new ArrayList<>();
        References refs = new References();
        prefixed(out, "", RecordChecks.settings(p.settings()));
        for (int i = 0; i < p.assets().size(); i++) {
            Asset a = p.assets().get(i);
            refs.asset(i, a.id());
            prefixed(out, "assets[" + i + "].", RecordChecks.asset(a));
        }
        for (int i = 0; i < p.licenses().size(); i++) {
            License l = p.licenses().get(i);
            refs.license(i, l.id(), l.assetIds(), l.renewalOf());
            prefixed(out, "licenses[" + i + "].", RecordChecks.license(l));
        }
        Map<String, Currency> currencies = licenseCurrencies(p.licenses());
        for (int i = 0; i < p.receipts().size(); i++) {
            Receipt r = p.receipts().get(i);
            refs.receipt(i, r.id(), r.licenseId());
            prefixed(out, "receipts[" + i + "].", RecordChecks.receipt(r, currencies.get(r.licenseId())));
        }
        for (int i = 0; i < p.enforcement().size(); i++) {
            EnforcementEntry e = p.enforcement().get(i);
            refs.enforcement(i, e.id(), e.assetId(), e.licenseId());
            prefixed(out, "enforcement[" + i + "].", RecordChecks.enforcement(e));
        }
        for (int i = 0; i < p.fxRates().size(); i++) {
            FxRate f = p.fxRates().get(i);
            refs.fxRate(i, f.currency().getCurrencyCode(), f.date());
            prefixed(out, "fxRates[" + i + "].", RecordChecks.fxRate(f));
        }
        out.addAll(refs.problems());
        return out;
    }

    /** Each license's currency by license id (the first license of an id wins). */
    public static Map<String, Currency> licenseCurrencies(List<License> licenses) {
        Map<String, Currency> out = new HashMap<>();
        for (License l : licenses) {
            out.putIfAbsent(l.id(), l.terms().currency());
        }
        return out;
    }

    /** Adds the problems with their paths prefixed, e.g. {@code receipts[3].} + {@code gross}. */
    public static void prefixed(List<Problem> out, String prefix, List<Problem> problems) {
        for (Problem p : problems) {
            out.add(new Problem(prefix + p.where(), p.message()));
        }
    }
}
