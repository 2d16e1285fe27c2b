package io.licensor.model;

import java.time.Instant;
import java.util.Map;

/**
 * What a backup zip says about itself: the app and data-format (schema) versions that wrote it, when and why, the
 * size and SHA-256 of the database file it holds, and how many records of each kind were in it (empty for the backup
 * taken before a data-format upgrade).
 */
public record BackupManifest(String appVersion, String schemaVersion, Instant createdAt, String reason,
        long databaseSize, String databaseSha256, Map<String, Long> counts) {
    /** The manifest's {@code format} value: says the zip is a Licensor backup. */
    public static final String FORMAT = "licensor-backup";
    /** The version of the backup layout this app writes and reads. */
    public static final int VERSION = 1;
    /** The version of Licensor written into new manifests. */
    public static final String APP_VERSION = "0.1";

    public BackupManifest {
        counts = Map.copyOf(counts);
    }

    /** The number of records of a kind ("assets", "licenses", "receipts", "enforcement", "fxRates"), 0 if unknown. */
    public long count(String kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
