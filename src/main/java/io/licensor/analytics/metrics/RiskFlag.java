package io.licensor.analytics.metrics;

import java.util.Objects;

/**
 * One risk flag, ready for a list in the UI: what it is about, why it was raised in plain words (naming the figures
 * that raised it) and what the user can do about it.
 *
 * @param code        the flag
 * @param assetId     the asset it is raised for (null for license flags)
 * @param licenseId   the license it is raised for (null for asset flags)
 * @param explanation why, in one or two sentences
 * @param whatToDo    a suggested next step
 */
public record RiskFlag(RiskCode code, String assetId, String licenseId, String explanation, String whatToDo) {
    public RiskFlag {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(whatToDo, "whatToDo");
        if ((assetId == null) == (licenseId == null)) {
            throw new IllegalArgumentException("a flag names exactly one asset or license");
        }
    }

    /** The id of the asset or license the flag is about. */
    public String subjectId() {
        return assetId != null ? assetId : licenseId;
    }
}
