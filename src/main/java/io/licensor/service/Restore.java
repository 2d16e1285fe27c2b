package io.licensor.service;

import io.licensor.model.BackupManifest;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import io.licensor.persistence.BackupArchive;
import io.licensor.persistence.Database;
import io.licensor.persistence.DatabaseInUseException;
import io.licensor.persistence.DatabaseKeyException;
import io.licensor.persistence.DatabaseTooNewException;
import io.licensor.persistence.PersistenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup back (decision 0086). The zip is checked whole before anything changes: its manifest, the checksum
 * of its database file, and that the file opens as a Licensor portfolio of a data format this app knows, with the
 * record counts the manifest names. The database is rebuilt in a staging folder inside the portfolio folder, the
 * current portfolio is backed up into its backup folder, and only then is the staged file moved over the current
 * one in one rename. Until that rename the current portfolio is untouched; a crash leaves either the old or the new
 * database, never a mix.
 *
 * <p>A backup of a portfolio protected by a password stays encrypted (decision 0088): checking or restoring it takes
 * that password, and without it, or with a wrong one, it is refused with a {@link BackupPasswordException} before
 * anything changes. The restored portfolio keeps the backup's password.
 */
public final class Restore {
    private static final Logger LOG = LoggerFactory.getLogger(Restore.class);
    private static final String DB_FILE = Database.FILE_BASE_NAME + ".mv.db";

    private Restore() {}

    /** What a restore did: the backup's manifest, and where the state before the restore was kept (if any). */
    public record Outcome(BackupManifest restored, Optional<Path> previousState) {}

    /**
     * Checks a backup zip fully, without touching any portfolio: manifest, checksum, and a trial open of its
     * database in a temporary folder.
     *
     * @throws InputRejectedException naming the zip and what is wrong with it
     * @throws BackupPasswordException when the backup is protected by a password (use
     *         {@link #check(Path, char[])})
     */
    public static BackupManifest check(Path zip) {
        return check(zip, null);
    }

    /**
     * Checks a backup zip as {@link #check(Path)} does, opening an encrypted backup with {@code password} (null for
     * none; not used for a backup that is not encrypted).
     *
     * @throws InputRejectedException naming the zip and what is wrong with it
     * @throws BackupPasswordException when the backup is protected by a password and it is missing or wrong
     */
    public static BackupManifest check(Path zip, char[] password) {
        Path temp;
        try {
            temp = Files.createTempDirectory("licensor-restore-check");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder to check " + zip, e);
        }
        try {
            return stage(zip, temp, PortfolioPassword.fileKey(password));
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * Replaces the portfolio in {@code folder} (created when absent) with the backup's. The portfolio must not be
     * open anywhere, this process included.
     *
     * @throws InputRejectedException when the zip is broken, cut short, foreign or from a newer Licensor; nothing
     *         was changed
     * @throws PortfolioInUseException when the portfolio is open in a window or command; nothing was changed
     * @throws BackupPasswordException when the backup is protected by a password (use
     *         {@link #restore(Path, Path, char[])}); nothing was changed
     */
    public static Outcome restore(Path zip, Path folder) {
        return restore(zip, folder, null);
    }

    /**
     * Replaces the portfolio as {@link #restore(Path, Path)} does, with a password (null for none): it opens an
     * encrypted backup, and the current portfolio when it has the same password, so the state before is kept as a
     * backup zip; a current portfolio it does not open is kept as a plain copy of its (still encrypted) file.
     *
     * @throws BackupPasswordException when the backup is protected by a password and it is missing or wrong;
     *         nothing was changed
     */
    public static Outcome restore(Path zip, Path folder, char[] password) {
        char[] fileKey = PortfolioPassword.fileKey(password); // derived once: slow on purpose
        Path dir = folder.toAbsolutePath().normalize();
        Path staging = dir.resolve(".restoring-" + System.nanoTime());
        boolean folderExisted = Files.exists(dir);
        try {
            Files.createDirectories(staging);
        } catch (IOException e) {
            throw new PortfolioOpenException(dir, "Cannot restore into " + dir + ": " + e.getMessage()
                    + ". Check that the folder is writable.", e);
        }
        try {
            BackupManifest manifest = stage(zip, staging, fileKey);
            Optional<Path> previous = PortfolioFolder.holdsPortfolio(dir) ? Optional.of(keepCurrent(dir, fileKey))
                    : Optional.empty();
            swap(staging.resolve(DB_FILE), dir.resolve(DB_FILE));
            LOG.info("Restored {} from {} (made {})", dir, zip, manifest.createdAt());
            return new Outcome(manifest, previous);
        } catch (RuntimeException e) {
            if (!folderExisted) {
                deleteQuietly(dir); // a refused restore into a new folder leaves no empty folder behind
            }
            throw e;
        } finally {
            deleteQuietly(staging);
        }
    }

    /** Extracts and verifies the backup's database in {@code dir}; leaves it there closed (and migrated). */
    private static BackupManifest stage(Path zip, Path dir, char[] fileKey) {
        BackupManifest manifest = BackupArchive.extract(zip, dir);
        String source = zip.toString();
        if (fileKey == null && Database.isEncrypted(dir)) {
            throw new BackupPasswordException(zip, false, null);
        }
        try (Database db = Database.open(dir, fileKey)) {
            Map<String, Long> counts = db.counts();
            for (Map.Entry<String, Long> expected : manifest.counts().entrySet()) {
                long found = counts.getOrDefault(expected.getKey(), -1L);
                if (found != expected.getValue()) {
                    throw new InputRejectedException(source, new Problem(BackupArchive.DATABASE_ENTRY, "the backup's "
                            + "database holds " + found + " " + expected.getKey() + " where its manifest says "
                            + expected.getValue()));
                }
            }
            readEverything(db);
            return manifest;
        } catch (DatabaseKeyException e) {
            throw new BackupPasswordException(zip, e.wrongKey(), e);
        } catch (DatabaseTooNewException e) {
            throw new InputRejectedException(source, new Problem("manifest schema", "the backup was made by a newer "
                    + "version of Licensor (data format " + e.databaseVersion() + "; this version reads up to "
                    + e.appVersion() + "). Restore it with that version."));
        } catch (PersistenceException e) {
            throw new InputRejectedException(source, new Problem(BackupArchive.DATABASE_ENTRY, "the backup's "
                    + "database cannot be opened as a Licensor portfolio: " + e.getMessage()));
        }
    }

    /** Reads every record into the model, so a database whose rows the app cannot read is refused here. */
    private static void readEverything(Database db) {
        db.read(r -> {
            r.settings().find();
            r.assets().findAll();
            r.licenses().findAll();
            r.receipts().findAll();
            r.enforcement().findAll();
            r.fxRates().findAll();
            return null;
        });
    }

    /**
     * Backs up the current portfolio into its backup folder before it is replaced. A portfolio that cannot be opened
     * (damaged: often the very reason for restoring; or protected by another password than the backup's) is kept as
     * a plain copy of its database file instead.
     */
    private static Path keepCurrent(Path dir, char[] fileKey) {
        Path backups = dir.resolve(Backups.FOLDER);
        LocalDateTime now = LocalDateTime.now();
        try (Database current = Database.open(dir, fileKey)) {
            Path out = backups.resolve(Backups.fileName(now, "before-restore"));
            current.backupTo(out, "before restore");
            return out;
        } catch (DatabaseInUseException e) {
            throw new PortfolioInUseException(dir, e);
        } catch (PersistenceException e) {
            LOG.warn("The portfolio in {} cannot be opened; keeping a plain copy of its file before restoring", dir, e);
            Path copy = backups.resolve(Backups.fileName(now, "before-restore-unreadable").replace(".zip", ".mv.db"));
            try {
                Files.createDirectories(backups);
                Files.copy(dir.resolve(DB_FILE), copy, StandardCopyOption.REPLACE_EXISTING);
                return copy;
            } catch (IOException io) {
                throw new PortfolioOpenException(dir, "Cannot keep a copy of the current portfolio in " + dir
                        + " before restoring: " + io.getMessage() + ". Nothing was changed.", io);
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try {
            PortfolioFolder.deleteTree(dir);
        } catch (IOException e) {
            LOG.warn("Could not remove the staging folder {}", dir, e);
        }
    }

    private static void swap(Path staged, Path target) {
        try {
            BackupArchive.forceToDisk(staged);
            try {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new PortfolioOpenException(target.getParent(), "Cannot put the restored portfolio in place: "
                    + e.getMessage() + ". The previous portfolio is unchanged.", e);
        }
    }
}
