package io.licensor.model;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The rules a whole portfolio keeps (shared/spec/portfolio-format.md): every record passes {@link RecordChecks}, ids
 * are unique within their list, references resolve, renewals do not go round in a circle. Problems name JSON paths
 * of the portfolio file: {@code receipts[12].gross}, {@code licenses[0].assets[1]}.
 */
public final class PortfolioChecks {
    private PortfolioChecks() {}

    /** Every problem of the portfolio; empty when it can be stored as it is. */
    public static List<Problem> problems(Portfolio p) {
        List<Problem> out = new ArrayList<>();
        addAll(out, "", RecordChecks.settings(p.settings()));
        Set<String> assetIds = ids(out, "assets", p.assets(), Asset::id);
        Map<String, License> licenses = new HashMap<>();
        for (License l : p.licenses()) {
            licenses.putIfAbsent(l.id(), l);
        }
        ids(out, "licenses", p.licenses(), License::id);
        ids(out, "receipts", p.receipts(), Receipt::id);
        ids(out, "enforcement", p.enforcement(), EnforcementEntry::id);
        for (int i = 0; i < p.assets().size(); i++) {
            addAll(out, "assets[" + i + "].", RecordChecks.asset(p.assets().get(i)));
        }
        for (int i = 0; i < p.licenses().size(); i++) {
            checkLicense(out, "licenses[" + i + "].", p.licenses().get(i), assetIds, licenses);
        }
        for (int i = 0; i < p.receipts().size(); i++) {
            Receipt r = p.receipts().get(i);
            License l = licenses.get(r.licenseId());
            String path = "receipts[" + i + "].";
            addAll(out, path, RecordChecks.receipt(r, l == null ? null : l.terms().currency()));
            if (l == null) {
                out.add(new Problem(path + "license", "no license has the id " + r.licenseId()));
            }
        }
        for (int i = 0; i < p.enforcement().size(); i++) {
            checkEnforcement(out, "enforcement[" + i + "].", p.enforcement().get(i), assetIds, licenses.keySet());
        }
        checkFxRates(out, p.fxRates());
        return out;
    }

    private static void checkLicense(List<Problem> out, String path, License l, Set<String> assetIds,
            Map<String, License> licenses) {
        addAll(out, path, RecordChecks.license(l));
        for (int j = 0; j < l.assetIds().size(); j++) {
            if (!assetIds.contains(l.assetIds().get(j))) {
                out.add(new Problem(path + "assets[" + j + "]", "no asset has the id " + l.assetIds().get(j)));
            }
        }
        if (l.renewalOf() == null || l.renewalOf().equals(l.id())) {
            return;
        }
        if (!licenses.containsKey(l.renewalOf())) {
            out.add(new Problem(path + "renewalOf", "no license has the id " + l.renewalOf()));
        } else if (renewsInACircle(l, licenses)) {
            out.add(new Problem(path + "renewalOf", "renewals go round in a circle back to " + l.id()));
        }
    }

    private static boolean renewsInACircle(License start, Map<String, License> licenses) {
        Set<String> seen = new HashSet<>();
        License current = licenses.get(start.renewalOf());
        while (current != null && seen.add(current.id())) {
            if (current.id().equals(start.id())) {
                return true;
            }
            current = current.renewalOf() == null ? null : licenses.get(current.renewalOf());
        }
        return false;
    }

    private static void checkEnforcement(List<Problem> out, String path, EnforcementEntry e, Set<String> assetIds,
            Set<String> licenseIds) {
        addAll(out, path, RecordChecks.enforcement(e));
        if (e.assetId() != null && !assetIds.contains(e.assetId())) {
            out.add(new Problem(path + "asset", "no asset has the id " + e.assetId()));
        }
        if (e.licenseId() != null && !licenseIds.contains(e.licenseId())) {
            out.add(new Problem(path + "license", "no license has the id " + e.licenseId()));
        }
    }

    private static void checkFxRates(List<Problem> out, List<FxRate> rates) {
        Map<String, Integer> firstByKey = new HashMap<>();
        for (int i = 0; i < rates.size(); i++) {
            FxRate f = rates.get(i);
            String path = "fxRates[" + i + "]";
            addAll(out, path + ".", RecordChecks.fxRate(f));
            Currency c = f.currency();
            Integer first = firstByKey.putIfAbsent(c.getCurrencyCode() + " " + f.date(), i);
            if (first != null) {
                out.add(new Problem(path, "a second " + c.getCurrencyCode() + " rate for " + f.date()
                        + " (fxRates[" + first + "] has one)"));
            }
        }
    }

    private static <T> Set<String> ids(List<Problem> out, String list, List<T> items, Function<T, String> id) {
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            String value = id.apply(items.get(i));
            Integer first = firstIndex.putIfAbsent(value, i);
            if (first != null) {
                out.add(new Problem(list + "[" + i + "].id", "the id " + value + " is already used by " + list + "["
                        + first + "]"));
            }
        }
        return firstIndex.keySet();
    }

    private static void addAll(List<Problem> out, String prefix, List<Problem> problems) {
        for (Problem p : problems) {
            out.add(new Problem(prefix + p.where(), p.message()));
        }
    }
}
