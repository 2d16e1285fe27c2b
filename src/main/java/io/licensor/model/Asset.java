package io.licensor.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A piece of intellectual property in the portfolio. Lists are never null (empty when unknown);
 * description, registrationNumber, createdOn, expiresOn and provenance may be null.
 */
public record Asset(
        String id,
        String title,
        AssetType type,
        String description,
        List<String> jurisdictions,
        String registrationNumber,
        LocalDate createdOn,
        LocalDate expiresOn,
        List<Owner> owners,
        List<Valuation> valuations,
        List<Component> components,
        boolean aiGenerated,
        String provenance,
        List<String> tags) {

    public Asset {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(type, "type");
        jurisdictions = List.copyOf(jurisdictions == null ? List.of() : jurisdictions);
        owners = List.copyOf(owners == null ? List.of() : owners);
        valuations = List.copyOf(valuations == null ? List.of() : valuations);
        components = List.copyOf(components == null ? List.of() : components);
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    /** A minimal asset: everything optional left empty. */
    public static Asset of(String id, String title, AssetType type) {
        return new Asset(id, title, type, null, List.of(), null, null, null, List.of(), List.of(), List.of(),
                false, null, List.of());
    }

    public Asset withId(String newId) {
        return new Asset(newId, title, type, description, jurisdictions, registrationNumber, createdOn, expiresOn,
                owners, valuations, components, aiGenerated, provenance, tags);
    }

    public Asset withTitle(String newTitle) {
        return new Asset(id, newTitle, type, description, jurisdictions, registrationNumber, createdOn, expiresOn,
                owners, valuations, components, aiGenerated, provenance, tags);
    }

    public Asset withValuations(List<Valuation> newValuations) {
        return new Asset(id, title, type, description, jurisdictions, registrationNumber, createdOn, expiresOn,
                owners, newValuations, components, aiGenerated, provenance, tags);
    }
}
