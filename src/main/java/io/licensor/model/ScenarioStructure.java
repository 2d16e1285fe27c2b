package io.licensor.model;

import java.util.Objects;

/**
 * One deal structure of a saved scenario: a short name the user gave it ("Flat 10 %", "Tiered") and its terms.
 *
 * @param label the structure's name as shown in the legend and the totals table
 * @param terms the royalty terms being tried out
 */
public record ScenarioStructure(String label, RoyaltyTerms terms) {
    public ScenarioStructure {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(terms, "terms");
    }
}
