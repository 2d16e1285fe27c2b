package io.licensor.exchange.statement;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.licensor.model.InputRejectedException;
import io.licensor.model.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file form of a {@link ColumnMapping}, for {@code import-receipts --mapping FILE.json} and for remembering a
 * licensee's mapping. Strict: unknown keys, wrong types and unknown values are refused with their JSON path, all
 * at once. Written with every key (null where detection decides) so a user sees what can be set.
 *
 * <pre>{@code
 * {
 *   "format": "licensor-statement-mapping",
 *   "version": 1,
 *   "columns": {"periodEnd": "Royalty Date", "gross": "Royalty", "units": "Net Units Sold", ...},
 *   "grouping": "PER_MONTH",
 *   "allowNegative": false, "amountsPerUnit": false, "skipOtherCurrencies": false,
 *   "skipRows": {"column": "Type", "values": ["Payout", "Withdrawal"]},
 *   "encoding": null, "delimiter": null, "headerLine": null,
 *   "decimalSeparator": null, "thousandsSeparator": null, "dateFormat": null
 * }
 * }</pre>
 */
public final class MappingJson {

    /** The value of the "format" key. */
    public static final String FORMAT = "licensor-statement-mapping";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private MappingJson() {
    }

    /** Reads a mapping file (UTF-8). */
    public static ColumnMapping read(Path file) throws IOException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return read(name, Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Reads a mapping from JSON text.
     *
     * @param source a name for messages (the file name)
     * @throws InputRejectedException naming every problem by JSON path
     */
    public static ColumnMapping read(String source, String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(source, syntaxProblem(e));
        }
        if (root == null || !root.isObject()) {
            throw new InputRejectedException(source, new Problem("$", "a mapping is a JSON object { ... }"));
        }
        MappingReader reader = new MappingReader();
        ColumnMapping mapping = reader.mapping((ObjectNode) root);
        if (!reader.problems().isEmpty()) {
            throw new InputRejectedException(source, reader.problems());
        }
        return mapping;
    }

    private static Problem syntaxProblem(JsonProcessingException e) {
        String where = e.getLocation() == null ? "$" : "line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        String message = e.getOriginalMessage();
        if (e instanceof JsonParseException && message != null && message.startsWith("Duplicate field")) {
            message = "the key " + message.substring("Duplicate field ".length()) + " appears twice";
        }
        return new Problem(where, "not valid JSON: " + message);
    }

    /** The mapping as JSON text, every key written. */
    public static String write(ColumnMapping mapping) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        ObjectNode columns = root.putObject("columns");
        for (Field field : Field.values()) {
            columns.put(field.key(), mapping.columns().get(field));
        }
        root.put("grouping", mapping.grouping().name());
        root.put("allowNegative", mapping.allowNegative());
        root.put("amountsPerUnit", mapping.amountsPerUnit());
        root.put("skipOtherCurrencies", mapping.skipOtherCurrencies());
        if (mapping.skipRows() == null) {
            root.putNull("skipRows");
        } else {
            ObjectNode skip = root.putObject("skipRows");
            skip.put("column", mapping.skipRows().column());
            mapping.skipRows().values().forEach(skip.putArray("values")::add);
        }
        StatementOptions o = mapping.options();
        root.put("encoding", o.encoding() == null ? null : o.encoding().name());
        root.put("delimiter", o.delimiter() == null ? null : String.valueOf(o.delimiter().symbol()));
        root.put("headerLine", o.headerLine());
        root.put("decimalSeparator", o.decimalMark() == null ? null : String.valueOf(o.decimalMark().symbol()));
        root.put("thousandsSeparator", o.thousandsMark() == null ? null : o.thousandsMark().symbol());
        root.put("dateFormat", o.dateStyle() == null ? null : o.dateStyle().label());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings always serialises", e);
        }
    }

    /** Writes the mapping to a file (UTF-8). */
    public static void write(ColumnMapping mapping, Path file) throws IOException {
        Files.writeString(file, write(mapping), StandardCharsets.UTF_8);
    }
}
