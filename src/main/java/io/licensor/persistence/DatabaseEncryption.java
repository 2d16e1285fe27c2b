package io.licensor.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sets, changes or removes the file encryption of a closed database, never in place (docs/decisions/0089): the file
 * is copied into a work folder inside the portfolio folder, H2's ChangeFileEncryption re-encrypts the copy, the copy
 * is opened with the new key and its row counts compared with the original's, and only then does it replace the
 * original with one atomic rename. The original stays untouched (and is kept under another name until the rename
 * succeeded), so a failure or a crash at any step leaves a database that opens with the old password or the new one.
 */
public final class DatabaseEncryption {
    /** The work folder (inside the portfolio folder, so the final rename stays on one file system). */
    public static final String WORK_FOLDER = ".password-change";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseEncryption.class);

    private DatabaseEncryption() {
    }

    /**
     * Re-encrypts the closed database in {@code folder}: from {@code oldKey} (null when it is not encrypted) to
     * {@code newKey} (null to remove the encryption).
     *
     * @return the row count of every table, the same before and after
     * @throws DatabaseKeyException when the old key does not open it; nothing was changed
     * @throws DatabaseInUseException when it is open; nothing was changed
     * @throws PersistenceException when the copy fails or does not match; nothing was changed
     */
    public static Map<String, Long> change(Path folder, char[] oldKey, char[] newKey) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(DatabaseFiles.file(dir))) {
            throw new PersistenceException("there is no database in " + dir, null);
        }
        boolean wasEncrypted = DatabaseFiles.isEncrypted(dir);
        Map<String, Long> before;
        try (Database original = Database.open(dir, oldKey)) {
            before = rowCounts(dir, original.encrypted() ? oldKey : null);
        }
        Path work = dir.resolve(WORK_FOLDER);
        try {
            deleteTree(work);
            Files.createDirectories(work);
            Files.copy(DatabaseFiles.file(dir), DatabaseFiles.file(work));
            ChangeFileEncryption.execute(work.toString(), Database.FILE_BASE_NAME, "AES",
                    wasEncrypted ? oldKey : null, newKey, true);
            verifyCopy(work, newKey, before);
            swap(dir, work);
            return before;
        } catch (IOException | SQLException e) {
            throw new PersistenceException("cannot change the encryption of the database in " + dir + ": "
                    + e.getMessage() + "; the database was not changed", e);
        } finally {
            try {
                deleteTree(work);
            } catch (IOException e) {
                LOG.warn("Cannot remove the work folder {}", work, e);
            }
        }
    }

    private static void verifyCopy(Path work, char[] newKey, Map<String, Long> before) {
        if (DatabaseFiles.isEncrypted(work) != (newKey != null)) {
            throw new PersistenceException("the re-encrypted copy has the wrong header; the database was not "
                    + "changed", null);
        }
        Map<String, Long> after;
        try (Database copy = Database.open(work, newKey)) {
            after = rowCounts(work, newKey);
        }
        if (!after.equals(before)) {
            throw new PersistenceException("the re-encrypted copy holds " + after + " rows, the original " + before
                    + "; the database was not changed", null);
        }
    }

    /** Keeps the original under another name until the copy has replaced it in one atomic rename. */
    private static void swap(Path dir, Path work) throws IOException {
        Path current = DatabaseFiles.file(dir);
        Path kept = dir.resolve(Database.FILE_BASE_NAME + ".mv.db.before-password-change");
        Files.copy(current, kept, StandardCopyOption.REPLACE_EXISTING);
        Files.move(DatabaseFiles.file(work), current, StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
        Files.delete(kept);
        // H2's trace file is plain text and may repeat data of a failed statement from before
        Files.deleteIfExists(dir.resolve(Database.FILE_BASE_NAME + ".trace.db"));
    }

    /** The number of rows of every table of the open database, by table name. */
    static Map<String, Long> rowCounts(Path folder, char[] fileKey) {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = Database.dataSource(folder, fileKey).getConnection();
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new PersistenceException("cannot count the rows in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
