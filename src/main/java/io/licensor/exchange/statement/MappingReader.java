package io.licensor.exchange.statement;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.licensor.model.Problem;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns the JSON tree of a mapping file into a {@link ColumnMapping}, collecting every problem by JSON path. */
final class MappingReader {

    private static final Set<String> KEYS = Set.of("format", "version", "columns", "grouping", "allowNegative",
            "amountsPerUnit", "skipOtherCurrencies", "skipRows", "encoding", "delimiter", "headerLine",
            "decimalSeparator", "thousandsSeparator", "dateFormat");

    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return problems;
    }

    ColumnMapping mapping(ObjectNode root) {
        unknownKeys(root, "", KEYS);
        header(root);
        Columns columns = columns(root.get("columns"));
        Grouping grouping = named(root, "grouping", Grouping.PER_ROW, Grouping::valueOf,
                "one of " + Arrays.toString(Grouping.values()));
        boolean allowNegative = bool(root, "allowNegative");
        boolean perUnit = bool(root, "amountsPerUnit");
        boolean skipOther = bool(root, "skipOtherCurrencies");
        RowFilter skipRows = skipRows(root.get("skipRows"));
        StatementOptions options = new StatementOptions(
                named(root, "encoding", null, MappingReader::charset, "an encoding Java knows, such as UTF-8,"
                        + " UTF-16LE or windows-1252"),
                named(root, "delimiter", null, Delimiter::parse, "one of \",\", \";\", \"\\t\", \"|\" (or comma,"
                        + " semicolon, tab, pipe)"),
                headerLine(root),
                named(root, "decimalSeparator", null, DecimalMark::parse, "\".\" or \",\""),
                named(root, "thousandsSeparator", null, MappingReader::thousands, "\"\" (none), \",\", \".\","
                        + " \" \" or \"'\""),
                named(root, "dateFormat", null, DateStyle::parse, "one of " + DateStyle.knownLabels()));
        return new ColumnMapping(columns, grouping, allowNegative, perUnit, skipOther, skipRows, options);
    }

    private void header(ObjectNode root) {
        JsonNode format = root.get("format");
        if (format != null && !format.isNull() && !MappingJson.FORMAT.equals(format.asText(null))) {
            problems.add(new Problem("format", "must be \"" + MappingJson.FORMAT + "\""));
        }
        JsonNode version = root.get("version");
        if (version != null && !version.isNull() && !(version.isInt() && version.intValue() == 1)) {
            problems.add(new Problem("version", "must be 1 (the only version there is)"));
        }
    }

    private Columns columns(JsonNode node) {
        if (node == null || node.isNull()) {
            problems.add(new Problem("columns", "is missing: name at least the columns for gross and periodEnd"));
            return Columns.NONE;
        }
        if (!node.isObject()) {
            problems.add(new Problem("columns", "must be an object such as {\"gross\": \"Royalty\"}"));
            return Columns.NONE;
        }
        Set<String> known = Arrays.stream(Field.values()).map(Field::key).collect(Collectors.toSet());
        unknownKeys((ObjectNode) node, "columns.", known);
        Columns columns = Columns.NONE;
        for (Field field : Field.values()) {
            JsonNode value = node.get(field.key());
            if (value == null || value.isNull()) {
                continue;
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                problems.add(new Problem("columns." + field.key(), "must be a column name from the file's header"
                        + " (text) or null"));
                continue;
            }
            columns = columns.with(field, value.asText());
        }
        return columns;
    }

    private RowFilter skipRows(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(new Problem("skipRows", "must be an object such as {\"column\": \"Type\", \"values\":"
                    + " [\"Payout\"]} or null"));
            return null;
        }
        unknownKeys((ObjectNode) node, "skipRows.", Set.of("column", "values"));
        JsonNode column = node.get("column");
        JsonNode values = node.get("values");
        boolean ok = true;
        if (column == null || !column.isTextual() || column.asText().isBlank()) {
            problems.add(new Problem("skipRows.column", "must be a column name from the file's header (text)"));
            ok = false;
        }
        List<String> list = new ArrayList<>();
        if (values == null || !values.isArray()) {
            problems.add(new Problem("skipRows.values", "must be a list of cell values such as [\"Payout\"]"));
            return null;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).isTextual()) {
                list.add(values.get(i).asText());
            } else {
                problems.add(new Problem("skipRows.values[" + i + "]", "must be text"));
                ok = false;
            }
        }
        return ok ? new RowFilter(column.asText(), list) : null;
    }

    private void unknownKeys(ObjectNode node, String prefix, Set<String> known) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            String key = fields.next().getKey();
            if (!known.contains(key)) {
                problems.add(new Problem(prefix + key, "unknown key; known keys are " + known.stream().sorted()
                        .collect(Collectors.joining(", "))));
            }
        }
    }

    private boolean bool(ObjectNode root, String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            problems.add(new Problem(key, "must be true or false"));
            return false;
        }
        return value.booleanValue();
    }

    private Integer headerLine(ObjectNode root) {
        JsonNode value = root.get("headerLine");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isInt() || value.intValue() < 1) {
            problems.add(new Problem("headerLine", "must be a line number, 1 or more"));
            return null;
        }
        return value.intValue();
    }

    private <T> T named(ObjectNode root, String key, T absent, Function<String, T> parse, String expected) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return absent;
        }
        T parsed = null;
        if (value.isTextual()) {
            try {
                parsed = parse.apply(value.asText());
            } catch (IllegalArgumentException e) {
                parsed = null;
            }
        }
        if (parsed == null) {
            problems.add(new Problem(key, (value.isTextual() ? "\"" + value.asText() + "\"" : value.toString())
                    + " is not allowed: must be " + expected));
            return absent;
        }
        return parsed;
    }

    private static Charset charset(String name) {
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static ThousandsMark thousands(String text) {
        return "none".equalsIgnoreCase(text) ? ThousandsMark.NONE : ThousandsMark.parse(text);
    }
}
