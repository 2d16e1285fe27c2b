package io.licensor.persistence;

import io.licensor.model.Asset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Assets with their owners, valuations, components, jurisdictions and tags. */
public interface AssetRepository {
    /** Every asset, in natural id order (A2 before A10). */
    List<Asset> findAll();

    Optional<Asset> find(String id);

    boolean exists(String id);

    /** Inserts the asset, or replaces it and all its child rows when the id exists. */
    void save(Asset asset);

    /** Inserts new assets in batches (import); the ids must not exist yet. */
    void insertAll(Collection<Asset> assets);

    /** Deletes the asset and its child rows; the caller has checked that nothing refers to it. */
    void delete(String id);

    long count();

    List<String> ids();
}
