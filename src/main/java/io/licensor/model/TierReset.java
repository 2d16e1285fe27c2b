package io.licensor.model;

/** Whether tier thresholds count the license's whole history or restart every contract year. */
public enum TierReset {
    NEVER, CONTRACT_YEAR
}
