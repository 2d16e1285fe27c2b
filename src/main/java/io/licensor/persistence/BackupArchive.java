package io.licensor.persistence;

import io.licensor.model.BackupManifest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Licensor's backup zip: the database file ({@value #DATABASE_ENTRY}, an online copy made by H2's {@code BACKUP TO})
 * and a manifest ({@value #MANIFEST_ENTRY}) with its size and SHA-256. A zip is written under a temporary name and
 * moved into place when complete, so a crash while writing never leaves something that looks like a backup. Reading
 * checks the manifest and the checksum before a single byte is used: a broken, truncated or foreign zip is refused
 * with an {@link io.licensor.model.InputRejectedException} naming the zip and what is wrong with it.
 */
public final class BackupArchive {
    /** The manifest's entry name. */
    public static final String MANIFEST_ENTRY = "licensor-backup.properties";
    /** The database file's entry name. */
    public static final String DATABASE_ENTRY = Database.FILE_BASE_NAME + ".mv.db";
    /** The suffix of a backup zip that is still being written (or was cut short by a crash). */
    public static final String PART_SUFFIX = ".part";

    private BackupArchive() {}

    /**
     * Turns H2's raw backup zip ({@code BACKUP TO}) into a Licensor backup at {@code out}: the database entry is kept
     * as H2 compressed it (no second compression; the zip file system copies unchanged entries as they are) and the
     * manifest is added.
     */
    static BackupManifest wrap(Path h2Zip, Path out, String schemaVersion, String reason, Map<String, Long> counts)
            throws IOException {
        Path part = out.resolveSibling(out.getFileName() + PART_SUFFIX);
        try {
            BackupManifest manifest = describe(h2Zip, schemaVersion, reason, counts);
            Files.move(h2Zip, part, StandardCopyOption.REPLACE_EXISTING);
            try (FileSystem zip = FileSystems.newFileSystem(part);
                    OutputStream o = Files.newOutputStream(zip.getPath(MANIFEST_ENTRY))) {
                ManifestProperties.toProperties(manifest).store(o, "Licensor backup");
            }
            forceToDisk(part);
            moveIntoPlace(part, out);
            return manifest;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
    }

    private static BackupManifest describe(Path h2Zip, String schemaVersion, String reason, Map<String, Long> counts)
            throws IOException {
        try (ZipFile raw = new ZipFile(h2Zip.toFile())) {
            ZipEntry db = databaseEntryOf(raw);
            MessageDigest sha = sha256();
            long size;
            try (InputStream in = new DigestInputStream(raw.getInputStream(db), sha)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            return new BackupManifest(BackupManifest.APP_VERSION, schemaVersion, Instant.now(), reason, size,
                    HexFormat.of().formatHex(sha.digest()), counts);
        }
    }

    /** Asks the operating system to put the file on the disk, so a power cut after the rename keeps it whole. */
    public static void forceToDisk(Path file) throws IOException {
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(file,
                java.nio.file.StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static ZipEntry databaseEntryOf(ZipFile raw) throws IOException {
        Enumeration<? extends ZipEntry> entries = raw.entries();
        while (entries.hasMoreElements()) {
            ZipEntry e = entries.nextElement();
            if (e.getName().equals(DATABASE_ENTRY)) {
                return e;
            }
        }
        throw new IOException("H2's backup " + raw.getName() + " holds no " + DATABASE_ENTRY);
    }

    /** Moves a finished file over the target in one step where the file system can, so readers never see half. */
    static void moveIntoPlace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Checks the backup zip whole (manifest, database entry, size and checksum) without writing anything.
     *
     * @throws io.licensor.model.InputRejectedException when it is not a readable Licensor backup
     */
    public static BackupManifest check(Path zip) {
        return read(zip, OutputStream.nullOutputStream());
    }

    /**
     * Checks the backup zip and writes its database file into {@code folder} (which must exist and hold none); the
     * file is removed again when the check fails.
     *
     * @throws io.licensor.model.InputRejectedException when it is not a readable Licensor backup
     */
    public static BackupManifest extract(Path zip, Path folder) {
        Path target = folder.resolve(DATABASE_ENTRY);
        try (OutputStream out = Files.newOutputStream(target)) {
            return read(zip, out);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    private static BackupManifest read(Path zip, OutputStream out) {
        String source = zip.toString();
        if (!Files.isRegularFile(zip)) {
            throw ManifestProperties.refusal(source, "file", "there is no such file");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry manifestEntry = file.getEntry(MANIFEST_ENTRY);
            ZipEntry db = file.getEntry(DATABASE_ENTRY);
            if (manifestEntry == null || db == null) {
                throw ManifestProperties.refusal(source, "file", "this zip is not a Licensor backup (it has no "
                        + (manifestEntry == null ? MANIFEST_ENTRY : DATABASE_ENTRY) + ")");
            }
            Properties p = new Properties();
            try (InputStream in = file.getInputStream(manifestEntry)) {
                p.load(in);
            }
            BackupManifest manifest = ManifestProperties.read(p, source);
            MessageDigest sha = sha256();
            long size;
            try (InputStream in = new DigestInputStream(file.getInputStream(db), sha)) {
                size = in.transferTo(out);
            }
            String digest = HexFormat.of().formatHex(sha.digest());
            if (size != manifest.databaseSize() || !digest.equalsIgnoreCase(manifest.databaseSha256())) {
                throw ManifestProperties.refusal(source, DATABASE_ENTRY, "the backup is damaged: its database file "
                        + "does not match the checksum in its manifest");
            }
            return manifest;
        } catch (ZipException | java.io.EOFException e) {
            throw ManifestProperties.refusal(source, "file", "the zip is damaged or cut short (" + e.getMessage()
                    + ")");
        } catch (IOException e) {
            if (e.getCause() instanceof ZipException || e.getMessage() != null
                    && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip")) {
                throw ManifestProperties.refusal(source, "file", "the zip is damaged or cut short (" + e.getMessage()
                        + ")");
            }
            throw new UncheckedIOException("cannot read " + zip + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing more to do: the caller reports the failure that matters
        }
    }
}
