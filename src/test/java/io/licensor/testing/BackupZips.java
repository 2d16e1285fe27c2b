package io.licensor.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hand-made backup zips (a database file and a manifest), for backups the app itself would never write. */
public final class BackupZips {
    private BackupZips() {}

    /** A zip with the given database bytes and a manifest with their right size and checksum plus {@code extra}. */
    public static Path of(Path out, byte[] database, Map<String, String> extra) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", "licensor-backup");
        p.setProperty("version", "1");
        p.setProperty("app", "0.1");
        p.setProperty("schema", "3");
        p.setProperty("createdAt", "2026-11-28T00:00:00Z");
        p.setProperty("reason", "test");
        p.setProperty("database.size", Long.toString(database.length));
        p.setProperty("database.sha256", sha256(database));
        extra.forEach(p::setProperty);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            zip.putNextEntry(new ZipEntry("licensor.mv.db"));
            zip.write(database);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("licensor-backup.properties"));
            p.store(zip, null);
            zip.closeEntry();
        }
        return out;
    }

    /** A zip holding just the named entries with the given text. */
    public static Path withEntries(Path out, Map<String, String> entries) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out;
    }

    /** Copies a zip with one byte changed at {@code position} (counted from the end when negative). */
    public static Path withByteFlipped(Path zip, Path out, long position) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        int at = (int) (position < 0 ? bytes.length + position : position);
        bytes[at] = (byte) (bytes[at] ^ 0x5A);
        return Files.write(out, bytes);
    }

    /** Copies the first {@code length} bytes of a file. */
    public static Path truncated(Path file, Path out, long length) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try (OutputStream o = Files.newOutputStream(out)) {
            o.write(bytes, 0, (int) Math.min(length, bytes.length));
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
