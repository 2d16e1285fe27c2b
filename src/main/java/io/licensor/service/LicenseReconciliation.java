package io.licensor.service;

import io.licensor.model.License;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One license's receipts, each checked against the royalty engine run on the licensee's own reports, and their
 * totals.
 *
 * @param license   the license
 * @param receipts  its receipts in the portfolio's order (natural id order)
 * @param totals    the totals up to the as-of date
 * @param warnings  sentences about reports the engine had to take as given (a period ending before the start ...)
 */
public record LicenseReconciliation(License license, List<ReconciledReceipt> receipts, LicenseTotals totals,
        List<String> warnings) {

    public LicenseReconciliation {
        Objects.requireNonNull(license, "license");
        receipts = List.copyOf(receipts);
        Objects.requireNonNull(totals, "totals");
        warnings = List.copyOf(warnings);
    }

    /** The license's id. */
    public String licenseId() {
        return license.id();
    }

    /** The receipt with this id, if it belongs to this license. */
    public Optional<ReconciledReceipt> receipt(String id) {
        return receipts.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
