package io.licensor.model;

/** MARGINAL: each rate on its own band (like tax brackets). WHOLE_VOLUME: the reached tier's rate on everything. */
public enum TierMode {
    MARGINAL, WHOLE_VOLUME
}
