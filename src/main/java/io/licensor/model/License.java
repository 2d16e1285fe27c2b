package io.licensor.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A grant of rights in one or more assets to a licensee, with its royalty terms. licenseeCountry (ISO 3166 alpha-2),
 * end, territory, fieldOfUse and renewalOf (the id of the license this one renews) may be null.
 * {@code terms.startDate()} equals {@code start}.
 */
public record License(
        String id,
        String licensee,
        String licenseeCountry,
        List<String> assetIds,
        LocalDate start,
        LocalDate end,
        boolean exclusive,
        String territory,
        String fieldOfUse,
        String renewalOf,
        RoyaltyTerms terms) {

    public License {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(licensee, "licensee");
        assetIds = List.copyOf(Objects.requireNonNull(assetIds, "assetIds"));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(terms, "terms");
    }

    /** True when the license is in force on the given day. */
    public boolean isActiveOn(LocalDate day) {
        return !start.isAfter(day) && (end == null || !end.isBefore(day));
    }

    public License withId(String newId) {
        return new License(newId, licensee, licenseeCountry, assetIds, start, end, exclusive, territory, fieldOfUse,
                renewalOf, terms);
    }

    public License withTerms(RoyaltyTerms newTerms) {
        return new License(id, licensee, licenseeCountry, assetIds, start, end, exclusive, territory, fieldOfUse,
                renewalOf, newTerms);
    }
}
