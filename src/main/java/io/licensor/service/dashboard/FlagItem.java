package io.licensor.service.dashboard;

import io.licensor.analytics.metrics.RiskFlag;
import java.util.Objects;

/**
 * A risk flag as a dashboard lists it: the flag (with its explanation and what to do), the name of what it is about
 * ("Scanly invoice OCR library", "Bergmann Software GmbH") and, for a license flag, the license's first asset: where
 * to go when no section shows licenses.
 *
 * @param flag        the flag of the metrics
 * @param subjectName the asset's title or the licensee's name
 * @param assetId     the asset the flag is raised for, or the license's first asset (null for a license without one)
 */
public record FlagItem(RiskFlag flag, String subjectName, String assetId) {
    public FlagItem {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(subjectName, "subjectName");
    }

    /** True when the flag is raised for a license (else for an asset). */
    public boolean aboutLicense() {
        return flag.licenseId() != null;
    }
}
