package io.licensor.persistence;

import io.licensor.model.License;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Licenses with their royalty terms, tiers and covered assets. */
public interface LicenseRepository {
    /** Every license, in natural id order. */
    List<License> findAll();

    Optional<License> find(String id);

    boolean exists(String id);

    /** Inserts the license, or replaces it with its tiers and covered assets when the id exists. */
    void save(License license);

    /** Inserts new licenses in batches (import); renewals may point at licenses of the same batch in any order. */
    void insertAll(Collection<License> licenses);

    /** Deletes the license with its tiers and covered assets; the caller has checked nothing refers to it. */
    void delete(String id);

    long count();

    /** Ids of the licenses covering the asset, in natural order. */
    List<String> idsCoveringAsset(String assetId);

    /** Ids of the licenses that name this one in renewalOf, in natural order. */
    List<String> idsRenewing(String licenseId);
}
