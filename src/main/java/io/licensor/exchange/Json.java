package io.licensor.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The one JSON configuration of the file formats: exact decimals, duplicate keys refused, readable output. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            // Money must never pass through a double on its way in.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            // {"advance": "0", "advance": "5000"} is a typo waiting to become a wrong contract.
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            // Keep "1000.10" as written, so that an exported file reads back to the same values.
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Ratios are BigDecimals: 0.00000012, not 1.2E-7.
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private Json() {}

    /** The shared mapper (thread-safe once configured; do not reconfigure it). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Reads a JSON file into a tree. A missing file, an unreadable file or broken JSON becomes an
     * {@link InputRejectedException} naming the file and, for syntax errors, the line and column.
     */
    public static JsonNode readTree(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return readTree(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InputRejectedException(file.toString(), new Problem("file", "does not exist"));
        } catch (IOException e) {
            throw new InputRejectedException(file.toString(), new Problem("file", "cannot be read: " + e.getMessage()));
        }
    }

    /** Reads JSON from a stream; {@code source} names it in messages. */
    public static JsonNode readTree(InputStream in, String source) throws IOException {
        try {
            JsonNode node = MAPPER.readTree(in);
            if (node == null || node.isMissingNode()) {
                throw new InputRejectedException(source, new Problem("file", "is empty: expected a JSON object"));
            }
            return node;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "file" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new InputRejectedException(source, new Problem(where, "not valid JSON: " + plain(e.getOriginalMessage())));
        }
    }

    /** Jackson's message without its "[Source: REDACTED ...]" noise. */
    private static String plain(String message) {
        return message == null ? "syntax error"
                : message.replaceAll("\\[Source: [^\\]]*?line: (\\d+), column: (\\d+)]", "line $1, column $2");
    }
}
