package io.licensor.persistence;

import static io.licensor.model.BackupManifest.FORMAT;
import static io.licensor.model.BackupManifest.VERSION;

import io.licensor.model.BackupManifest;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** A {@link BackupManifest} as the properties text of a backup zip's {@value BackupArchive#MANIFEST_ENTRY} entry. */
final class ManifestProperties {
    private static final String COUNT_PREFIX = "count.";

    private ManifestProperties() {}

    static Properties toProperties(BackupManifest m) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("version", Integer.toString(VERSION));
        p.setProperty("app", m.appVersion());
        p.setProperty("schema", m.schemaVersion());
        p.setProperty("createdAt", m.createdAt().toString());
        p.setProperty("reason", m.reason());
        p.setProperty("database.size", Long.toString(m.databaseSize()));
        p.setProperty("database.sha256", m.databaseSha256());
        m.counts().forEach((k, v) -> p.setProperty(COUNT_PREFIX + k, Long.toString(v)));
        return p;
    }

    /**
     * Reads a manifest, refusing one that is not a Licensor backup manifest or has a field missing or malformed.
     *
     * @param source names the zip in the refusal
     */
    static BackupManifest read(Properties p, String source) {
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw refusal(source, "manifest", "this zip is not a Licensor backup (its manifest does not say "
                    + "format=" + FORMAT + ")");
        }
        String version = p.getProperty("version");
        if (!Integer.toString(VERSION).equals(version)) {
            throw refusal(source, "manifest version", "the backup was written by a newer Licensor (backup layout "
                    + version + "; this version reads " + VERSION + ")");
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith(COUNT_PREFIX)) {
                counts.put(key.substring(COUNT_PREFIX.length()), number(p, key, source));
            }
        }
        try {
            return new BackupManifest(required(p, "app", source), required(p, "schema", source),
                    Instant.parse(required(p, "createdAt", source)), p.getProperty("reason", ""),
                    number(p, "database.size", source), required(p, "database.sha256", source), counts);
        } catch (DateTimeParseException e) {
            throw refusal(source, "manifest createdAt", "is not a time: " + p.getProperty("createdAt"));
        }
    }

    private static String required(Properties p, String key, String source) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw refusal(source, "manifest " + key, "is missing");
        }
        return value.trim();
    }

    private static long number(Properties p, String key, String source) {
        String value = required(p, key, source);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw refusal(source, "manifest " + key, "must be a whole number, got " + value);
        }
    }

    static InputRejectedException refusal(String source, String field, String problem) {
        return new InputRejectedException(source, new Problem(field, problem));
    }
}
