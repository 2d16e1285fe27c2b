package io.licensor.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.model.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object strictly, collecting a {@link Problem} (with the field's JSON path) for each
 * missing, mistyped or malformed value instead of stopping at the first. Every field read is remembered, so
 * {@link #finish()} can report the fields nobody asked for as unknown: a typo never silently changes data.
 * Readers return null when the value is absent, null or broken; {@link #hasProblems()} tells which.
 */
final class JsonFields {
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final JsonNode node;
    private final String path;
    private final List<Problem> problems;
    private final int problemsAtStart;
    private final Set<String> read = new LinkedHashSet<>();

    /** Wraps {@code node} found at {@code path}; problems go to the shared list. */
    JsonFields(JsonNode node, String path, List<Problem> problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        this.problemsAtStart = problems.size();
        if (!node.isObject()) {
            problems.add(new Problem(path.isEmpty() ? "(top level)" : path, "must be a JSON object {...}, got "
                    + describe(node)));
        }
    }

    /** True when this object, or anything read through it, had a problem. */
    boolean hasProblems() {
        return problems.size() > problemsAtStart;
    }

    String path() {
        return path;
    }

    /** The shared list problems are added to (nested objects report into it too). */
    List<Problem> problems() {
        return problems;
    }

    /** Reads a nested object element of a list with its own path, reporting into the same list. */
    JsonFields nested(JsonNode element, String elementPath) {
        return new JsonFields(element, elementPath, problems);
    }

    String at(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    void problem(String field, String message) {
        problems.add(new Problem(at(field), message));
    }

    /** The raw value, or null when absent or JSON null. */
    JsonNode value(String field) {
        read.add(field);
        JsonNode v = node.isObject() ? node.get(field) : null;
        return v == null || v.isNull() ? null : v;
    }

    private JsonNode required(String field) {
        JsonNode v = value(field);
        if (v == null && node.isObject()) {
            problem(field, "is required");
        }
        return v;
    }

    String requiredText(String field) {
        return text(field, required(field));
    }

    String optionalText(String field) {
        return text(field, value(field));
    }

    private String text(String field, JsonNode v) {
        if (v == null) {
            return null;
        }
        if (!v.isTextual()) {
            problem(field, "must be text in quotes, got " + describe(v));
            return null;
        }
        return v.textValue();
    }

    BigDecimal requiredDecimal(String field) {
        return decimal(field, required(field));
    }

    BigDecimal optionalDecimal(String field) {
        return decimal(field, value(field));
    }

    private BigDecimal decimal(String field, JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isNumber()) {
            // parsed with USE_BIG_DECIMAL_FOR_FLOATS, so 0.1 is exactly 0.1, never a binary double
            return v.decimalValue();
        }
        if (v.isTextual() && DECIMAL.matcher(v.textValue()).matches()) {
            return new BigDecimal(v.textValue());
        }
        problem(field, "must be a decimal number such as \"1234.50\", got " + describe(v));
        return null;
    }

    LocalDate requiredDate(String field) {
        return date(field, required(field));
    }

    LocalDate optionalDate(String field) {
        return date(field, value(field));
    }

    private LocalDate date(String field, JsonNode v) {
        String s = text(field, v);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problem(field, "\"" + s + "\" is not a real date in the form YYYY-MM-DD");
            return null;
        }
    }

    Currency requiredCurrency(String field) {
        String code = requiredText(field);
        if (code == null) {
            return null;
        }
        if (code.length() == 3) {
            try {
                return Currency.getInstance(code);
            } catch (IllegalArgumentException e) {
                // reported below
            }
        }
        problem(field, "\"" + code + "\" is not an ISO 4217 currency code (like USD, EUR, JPY)");
        return null;
    }

    <E extends Enum<E>> E requiredEnum(String field, Class<E> type) {
        return enumValue(field, required(field), type, null);
    }

    <E extends Enum<E>> E optionalEnum(String field, Class<E> type, E whenAbsent) {
        return enumValue(field, value(field), type, whenAbsent);
    }

    private <E extends Enum<E>> E enumValue(String field, JsonNode v, Class<E> type, E whenAbsent) {
        String s = text(field, v);
        if (s == null) {
            return v == null ? whenAbsent : null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problem(field, "\"" + s + "\" is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                .collect(Collectors.joining(", ")));
        return null;
    }

    boolean optionalBoolean(String field) {
        JsonNode v = value(field);
        if (v == null) {
            return false;
        }
        if (!v.isBoolean()) {
            problem(field, "must be true or false, got " + describe(v));
            return false;
        }
        return v.booleanValue();
    }

    /** A nested object, or null when absent (then reported when required). */
    JsonFields object(String field, boolean isRequired) {
        JsonNode v = isRequired ? required(field) : value(field);
        return v == null ? null : new JsonFields(v, at(field), problems);
    }

    /** The elements of an optional list (absent or null: empty), each handed over with its own path. */
    void eachElement(String field, BiConsumer<JsonNode, String> handler) {
        JsonNode v = value(field);
        if (v == null) {
            return;
        }
        if (!v.isArray()) {
            problem(field, "must be a list [...], got " + describe(v));
            return;
        }
        for (int i = 0; i < v.size(); i++) {
            handler.accept(v.get(i), at(field) + "[" + i + "]");
        }
    }

    /**
     * A list of texts (absent or null: empty, and reported when required). A broken element is reported and kept
     * as null, so the others keep their positions.
     */
    List<String> texts(String field, boolean isRequired) {
        if (isRequired) {
            required(field);
        }
        List<String> out = new ArrayList<>();
        eachElement(field, (element, elementPath) -> {
            if (element.isTextual()) {
                out.add(element.textValue());
            } else {
                problems.add(new Problem(elementPath, "must be text in quotes, got " + describe(element)));
                out.add(null);
            }
        });
        return out;
    }

    /** Reports every field of the object that no reader asked for. */
    void finish() {
        if (!node.isObject()) {
            return;
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!read.contains(name)) {
                String hint = FieldNames.closest(name, read);
                problem(name, "unknown field" + (hint == null ? "" : " (did you mean " + hint + "?)"));
            }
        });
    }

    static String describe(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "\"" + v.textValue() + "\"";
        }
        if (v.isObject()) {
            return "an object {...}";
        }
        if (v.isArray()) {
            return "a list [...]";
        }
        return v.toString();
    }
}
