package io.licensor.exchange.statement;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decides a statement's encoding from its first bytes: a byte order mark wins (UTF-8, UTF-16 LE/BE); otherwise
 * text that decodes as UTF-8 is UTF-8, and anything else is windows-1252 (the superset of Latin-1 that spreadsheet
 * programs on Windows write). UTF-16 without a mark is recognised by its zero bytes, because some exporters leave the
 * mark out and the text would otherwise look like Latin-1 with NULs between the letters.
 */
final class EncodingDetector {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingDetector() {
    }

    /**
     * @param sample     the first bytes of the file
     * @param length     how many bytes of sample are filled
     * @param wholeFile  true when the sample is the whole file (so a sequence cut at its end is an error, not a cut)
     */
    static DetectedEncoding detect(byte[] sample, int length, boolean wholeFile) {
        if (startsWith(sample, length, 0xEF, 0xBB, 0xBF)) {
            return new DetectedEncoding(StandardCharsets.UTF_8, 3, "UTF-8 byte order mark");
        }
        if (startsWith(sample, length, 0xFF, 0xFE)) {
            return new DetectedEncoding(StandardCharsets.UTF_16LE, 2, "UTF-16 little-endian byte order mark");
        }
        if (startsWith(sample, length, 0xFE, 0xFF)) {
            return new DetectedEncoding(StandardCharsets.UTF_16BE, 2, "UTF-16 big-endian byte order mark");
        }
        Charset utf16 = utf16ByZeroBytes(sample, length);
        if (utf16 != null) {
            return new DetectedEncoding(utf16, 0, "UTF-16 without byte order mark (every other byte is zero)");
        }
        int bad = firstInvalidUtf8(sample, length, wholeFile);
        if (bad < 0) {
            return new DetectedEncoding(StandardCharsets.UTF_8, 0,
                    isAscii(sample, length) ? "plain ASCII, read as UTF-8" : "valid UTF-8");
        }
        return new DetectedEncoding(WINDOWS_1252, 0,
                "not valid UTF-8 (byte " + (bad + 1) + "), read as windows-1252 / Latin-1");
    }

    private static boolean startsWith(byte[] sample, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((sample[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAscii(byte[] sample, int length) {
        for (int i = 0; i < length; i++) {
            if (sample[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 text of Latin letters has a zero in every other byte; real 8-bit text has (almost) none. */
    private static Charset utf16ByZeroBytes(byte[] sample, int length) {
        int pairs = Math.min(length, 4096) / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            if (sample[i] == 0) {
                zeroEven++;
            }
            if (sample[i + 1] == 0) {
                zeroOdd++;
            }
        }
        if (zeroOdd > pairs * 0.6 && zeroEven == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > pairs * 0.6 && zeroOdd == 0) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Index of the first byte that breaks UTF-8, or -1. Overlong forms and surrogates count as broken. */
    static int firstInvalidUtf8(byte[] b, int length, boolean wholeFile) {
        int i = 0;
        while (i < length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return i;
            }
            if (i + need >= length) {
                // the sample ends inside this character: an error only when the sample is the whole file
                return wholeFile ? i : -1;
            }
            int code = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cont = b[i + k] & 0xFF;
                if ((cont & 0xC0) != 0x80) {
                    return i;
                }
                code = (code << 6) | (cont & 0x3F);
            }
            if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
                return i;
            }
            i += need + 1;
        }
        return -1;
    }
}
