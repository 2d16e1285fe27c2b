package io.licensor.persistence;

import io.licensor.model.EnforcementEntry;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Enforcement costs and recoveries. */
public interface EnforcementRepository {
    /** Every entry, in natural id order. */
    List<EnforcementEntry> findAll();

    Optional<EnforcementEntry> find(String id);

    /** Inserts the entry, or replaces it when the id exists. */
    void save(EnforcementEntry entry);

    /** Inserts new entries in batches (import). */
    void insertAll(Collection<EnforcementEntry> entries);

    void delete(String id);

    long count();

    /** Ids of the entries naming the asset, in natural order. */
    List<String> idsOfAsset(String assetId);

    /** Ids of the entries naming the license, in natural order. */
    List<String> idsOfLicense(String licenseId);
}
