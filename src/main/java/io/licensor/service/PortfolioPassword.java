package io.licensor.service;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns a portfolio password into the key H2 encrypts the database file with (docs/decisions/0088): PBKDF2 with
 * HMAC-SHA256, {@value #ITERATIONS} rounds, written as 64 hex digits. The slow derivation makes each guess of a
 * stolen file cost a full derivation; the hex form lets a password hold spaces, which H2's
 * "filePassword userPassword" format could not take. H2 then salts the key per file and derives the AES key itself.
 * Changing these constants would lock every encrypted portfolio out: they are part of the file format.
 */
public final class PortfolioPassword {
    static final int ITERATIONS = 100_000;
    private static final byte[] SALT = "io.licensor/portfolio-password/v1".getBytes(StandardCharsets.US_ASCII);
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private PortfolioPassword() {
    }

    /** The file key for a password; null for null (no password). The password must not be empty. */
    public static char[] fileKey(char[] password) {
        if (password == null) {
            return null;
        }
        if (password.length == 0) {
            throw new IllegalArgumentException("a portfolio password must not be empty");
        }
        PBEKeySpec spec = new PBEKeySpec(password, SALT, ITERATIONS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = new char[key.length * 2];
            for (int i = 0; i < key.length; i++) {
                hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[key[i] & 0xf];
            }
            Arrays.fill(key, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            // every Java 17 runtime has PBKDF2WithHmacSHA256
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The problem with a new password, or null when it is acceptable (not empty, no line breaks). */
    public static String problem(char[] password) {
        if (password == null || password.length == 0) {
            return "the password is empty";
        }
        for (char c : password) {
            if (c == '\n' || c == '\r') {
                return "the password holds a line break";
            }
        }
        return null;
    }
}
