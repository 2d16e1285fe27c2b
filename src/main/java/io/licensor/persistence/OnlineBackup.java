package io.licensor.persistence;

import io.licensor.model.BackupManifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** H2's online {@code BACKUP TO} into a temporary zip beside the target, wrapped into a {@link BackupArchive}. */
final class OnlineBackup {
    private OnlineBackup() {}

    /**
     * Backs up the database of the connection to {@code out}.
     *
     * @param withCounts also counts the records (only when the schema is this app's: the repositories' queries)
     */
    static BackupManifest write(Connection c, Path out, String schema, String reason, boolean withCounts)
            throws SQLException {
        Path dir = out.toAbsolutePath().getParent();
        Path raw = dir.resolve("." + out.getFileName() + ".h2-" + System.nanoTime() + ".zip");
        try {
            Files.createDirectories(dir);
            try (Statement s = c.createStatement()) {
                s.execute("BACKUP TO '" + raw.toString().replace("'", "''") + "'");
            }
            Map<String, Long> counts = withCounts ? counts(new JdbcRepositories(c)) : Map.of();
            return BackupArchive.wrap(raw, out, schema, reason, counts);
        } catch (IOException e) {
            throw new PersistenceException("cannot write the backup " + out + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(raw);
            } catch (IOException ignored) {
                // a stray temporary file is harmless; the backup itself succeeded or was reported
            }
        }
    }

    /** How many records of each kind the database holds, for the manifest and for checking a restore. */
    static Map<String, Long> counts(Repositories r) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("assets", (long) r.assets().count());
        counts.put("licenses", (long) r.licenses().count());
        counts.put("receipts", (long) r.receipts().count());
        counts.put("enforcement", (long) r.enforcement().count());
        counts.put("fxRates", (long) r.fxRates().count());
        return counts;
    }
}
