package io.licensor.service;

import io.licensor.model.EnforcementEntry;
import io.licensor.model.License;
import io.licensor.model.Receipt;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What deleting a license takes with it, exactly as it was stored: the license, its receipts, the enforcement entries
 * that name it, and the licenses that named it as the one they renew (they stay, but lose that link). Enough to put
 * everything back with {@link LicenseOperations#restore(LicenseRemoval)}.
 */
public record LicenseRemoval(
        License license,
        List<Receipt> receipts,
        List<EnforcementEntry> enforcement,
        List<License> renewals) {

    public LicenseRemoval {
        Objects.requireNonNull(license, "license");
        receipts = List.copyOf(receipts);
        enforcement = List.copyOf(enforcement);
        renewals = List.copyOf(renewals);
    }

    /** True when only the license itself goes. */
    public boolean isLicenseOnly() {
        return receipts.isEmpty() && enforcement.isEmpty() && renewals.isEmpty();
    }

    /**
     * What goes along with the license, in words for a confirmation: "its 8 receipts and 1 enforcement entry are
     * deleted with it; L2 will no longer be marked as its renewal". Empty when nothing else is touched.
     */
    public String consequences() {
        List<String> going = new ArrayList<>();
        if (!receipts.isEmpty()) {
            going.add(count(receipts.size(), "receipt", "receipts"));
        }
        if (!enforcement.isEmpty()) {
            going.add(count(enforcement.size(), "enforcement entry", "enforcement entries"));
        }
        StringBuilder text = new StringBuilder();
        if (!going.isEmpty()) {
            text.append("Its ").append(String.join(" and ", going)).append(going.size() == 1
                    && receipts.size() + enforcement.size() == 1 ? " is" : " are").append(" deleted with it.");
        }
        if (!renewals.isEmpty()) {
            if (text.length() > 0) {
                text.append(' ');
            }
            List<String> ids = renewals.stream().map(License::id).toList();
            text.append(String.join(", ", ids)).append(ids.size() == 1 ? " stays but is" : " stay but are")
                    .append(" no longer marked as renewing ").append(license.id()).append('.');
        }
        return text.toString();
    }

    private static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
