package io.licensor.model;

/** What a royalty is computed on: net sales (rates are fractions) or units (rates are money per unit). */
public enum RoyaltyBasis {
    NET_SALES, UNITS
}
