package io.licensor.exchange.statement;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding of a statement file and the length of its byte order mark (0 when it has none), which the
 * reader skips.
 *
 * @param charset   the encoding
 * @param bomLength bytes of byte order mark at the start of the file
 * @param how       how it was decided, in plain words (shown in the import wizard)
 */
public record DetectedEncoding(Charset charset, int bomLength, String how) {

    public DetectedEncoding {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(how, "how");
        if (bomLength < 0 || bomLength > 4) {
            throw new IllegalArgumentException("bomLength " + bomLength);
        }
    }
}
