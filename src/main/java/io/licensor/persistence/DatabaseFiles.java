package io.licensor.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What the database file's header says. H2 writes an encrypted MVStore file with the plain-text header
 * "H2encrypt" followed by the salt; an unencrypted one starts with "H:2,block:..." (docs/decisions/0088).
 */
final class DatabaseFiles {
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFiles() {
    }

    static Path file(Path folder) {
        return folder.resolve(Database.FILE_BASE_NAME + ".mv.db");
    }

    static boolean isEncrypted(Path folder) {
        Path file = file(folder);
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            throw new PersistenceException("cannot read the database file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * The key to open the folder's database with: an existing file is opened as its header says (a key given for an
     * unencrypted file is not used); a file yet to be created is encrypted when a key is given.
     */
    static char[] keyToUse(Path folder, char[] fileKey) {
        if (!Files.exists(file(folder))) {
            return fileKey == null ? null : fileKey.clone();
        }
        if (!isEncrypted(folder)) {
            return null;
        }
        if (fileKey == null || fileKey.length == 0) {
            throw new DatabaseKeyException(folder, false, null);
        }
        return fileKey.clone();
    }
}
