package io.licensor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids and cross-references of a portfolio, gathered record by record with each record's place in its list,
 * and the rules between records: ids unique within their list, references resolve, renewals do not go round in a
 * circle, one exchange rate per currency and date. Records whose id could not be read are passed as null and only
 * skipped, so one broken record does not make every reference to it look dangling.
 * Problems name portfolio-file paths such as {@code receipts[3].license}.
 */
public final class References {
    private final Map<String, Integer> assets = new HashMap<>();
    private final Map<String, Integer> licenses = new HashMap<>();
    private final Map<String, Integer> receipts = new HashMap<>();
    private final Map<String, Integer> entries = new HashMap<>();
    private final Map<String, Integer> fxKeys = new HashMap<>();
    private final Map<String, String> renewalOf = new HashMap<>();
    private final List<Problem> duplicates = new ArrayList<>();
    private final List<Reference> references = new ArrayList<>();

    private record Reference(String where, String kind, String id) {}

    /** The asset at {@code index} of {@code assets}. */
    public void asset(int index, String id) {
        unique(assets, "assets", index, id);
    }

    /** The license at {@code index}: its id, covered asset ids (null where unreadable) and renewalOf. */
    public void license(int index, String id, List<String> assetIds, String renews) {
        unique(licenses, "licenses", index, id);
        String path = "licenses[" + index + "].";
        for (int j = 0; j < assetIds.size(); j++) {
            refer(path + "assets[" + j + "]", "asset", assetIds.get(j));
        }
        if (renews != null && !renews.equals(id)) {
            refer(path + "renewalOf", "license", renews);
            if (id != null) {
                renewalOf.putIfAbsent(id, renews);
            }
        }
    }

    /** The receipt at {@code index} and the license it belongs to. */
    public void receipt(int index, String id, String licenseId) {
        unique(receipts, "receipts", index, id);
        refer("receipts[" + index + "].license", "license", licenseId);
    }

    /** The enforcement entry at {@code index} and the asset or license it names. */
    public void enforcement(int index, String id, String assetId, String licenseId) {
        unique(entries, "enforcement", index, id);
        refer("enforcement[" + index + "].asset", "asset", assetId);
        refer("enforcement[" + index + "].license", "license", licenseId);
    }

    /** The exchange rate at {@code index}. */
    public void fxRate(int index, String currencyCode, LocalDate date) {
        if (currencyCode == null || date == null) {
            return;
        }
        Integer first = fxKeys.putIfAbsent(currencyCode + " " + date, index);
        if (first != null) {
            duplicates.add(new Problem("fxRates[" + index + "]", "a second " + currencyCode + " rate for " + date
                    + " (fxRates[" + first + "] has one)"));
        }
    }

    /** Duplicate ids, unresolved references and renewal circles, in the order the records were given. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>(duplicates);
        for (Reference r : references) {
            Map<String, Integer> targets = r.kind().equals("asset") ? assets : licenses;
            if (!targets.containsKey(r.id())) {
                out.add(new Problem(r.where(), "no " + r.kind() + " has the id " + r.id()));
            }
        }
        for (Map.Entry<String, Integer> license : licenses.entrySet()) {
            if (renewsInACircle(license.getKey())) {
                out.add(new Problem("licenses[" + license.getValue() + "].renewalOf",
                        "renewals go round in a circle back to " + license.getKey()));
            }
        }
        return out;
    }

    private boolean renewsInACircle(String start) {
        Set<String> seen = new HashSet<>();
        String current = renewalOf.get(start);
        while (current != null && seen.add(current)) {
            if (current.equals(start)) {
                return true;
            }
            current = renewalOf.get(current);
        }
        return false;
    }

    private void unique(Map<String, Integer> ids, String list, int index, String id) {
        if (id == null) {
            return;
        }
        Integer first = ids.putIfAbsent(id, index);
        if (first != null) {
            duplicates.add(new Problem(list + "[" + index + "].id", "the id " + id + " is already used by " + list
                    + "[" + first + "]"));
        }
    }

    private void refer(String where, String kind, String id) {
        if (id != null) {
            references.add(new Reference(where, kind, id));
        }
    }
}
