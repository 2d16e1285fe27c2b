package io.licensor.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import io.licensor.model.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Strict readers for single JSON fields, shared by the file formats. Every reader takes the JSON path of the field
 * (e.g. {@code licenses[3].terms.advance}) and adds a {@link Problem} naming it when the value is unusable, returning
 * null so that the caller can go on and report every problem of the file at once.
 */
public final class JsonTree {
    private JsonTree() {}

    /** {@code parent + "." + field}, or just {@code field} at the top level (empty parent). */
    public static String path(String parent, String field) {
        return parent == null || parent.isEmpty() ? field : parent + "." + field;
    }

    /** {@code parent + "[" + index + "]"}. */
    public static String path(String parent, int index) {
        return (parent == null ? "" : parent) + "[" + index + "]";
    }

    /** True when the field is left out or JSON null. */
    public static boolean isAbsent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /**
     * Adds a problem for each field of {@code object} that is not in {@code known}, with a "did you mean" hint
     * when a known name is close (a typo must not silently change a contract).
     */
    public static void rejectUnknownFields(JsonNode object, String path, Set<String> known, List<Problem> problems) {
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                String hint = closest(name, known);
                problems.add(new Problem(path(path, name), "unknown field"
                        + (hint == null ? "; known fields are " + String.join(", ", known) : "; did you mean " + hint + "?")));
            }
        }
    }

    /** True when {@code node} is an object; otherwise adds a problem and returns false. */
    public static boolean requireObject(JsonNode node, String path, List<Problem> problems) {
        if (node != null && node.isObject()) {
            return true;
        }
        problems.add(new Problem(path.isEmpty() ? "(top level)" : path, "must be a JSON object { ... }, got "
                + describe(node)));
        return false;
    }

    /**
     * A decimal given as a string ({@code "12.50"}) or a JSON number. Returns null (and adds a problem when
     * {@code required}) when absent; adds a problem for anything that is not a plain decimal.
     */
    public static BigDecimal decimal(JsonNode node, String path, boolean required, List<Problem> problems) {
        if (isAbsent(node)) {
            if (required) {
                problems.add(new Problem(path, "is required"));
            }
            return null;
        }
        if (node.isNumber()) {
            // Floating-point nodes only appear when the mapper was not told to keep BigDecimals; valueOf keeps the
            // shortest decimal that reads back to the same double, which is what the file said in practice.
            return node.isFloatingPointNumber() && !node.isBigDecimal() ? BigDecimal.valueOf(node.doubleValue())
                    : node.decimalValue();
        }
        if (node.isTextual()) {
            String text = node.textValue().trim();
            if (text.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
                return new BigDecimal(text);
            }
            problems.add(new Problem(path, "is not a decimal number: \"" + node.textValue() + "\""));
            return null;
        }
        problems.add(new Problem(path, "must be a decimal (a string such as \"12.50\" or a number), got " + describe(node)));
        return null;
    }

    /** An ISO date (YYYY-MM-DD) string; null when absent (a problem when required). */
    public static LocalDate date(JsonNode node, String path, boolean required, List<Problem> problems) {
        if (isAbsent(node)) {
            if (required) {
                problems.add(new Problem(path, "is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, "must be a date string YYYY-MM-DD, got " + describe(node)));
            return null;
        }
        try {
            return LocalDate.parse(node.textValue().trim());
        } catch (DateTimeParseException e) {
            problems.add(new Problem(path, "is not a valid date (YYYY-MM-DD): \"" + node.textValue() + "\""));
            return null;
        }
    }

    /** A string; null when absent (a problem when required). */
    public static String text(JsonNode node, String path, boolean required, List<Problem> problems) {
        if (isAbsent(node)) {
            if (required) {
                problems.add(new Problem(path, "is required"));
            }
            return null;
        }
        if (!node.isTextual()) {
            problems.add(new Problem(path, "must be a string, got " + describe(node)));
            return null;
        }
        return node.textValue();
    }

    /** An ISO 4217 currency code; null when absent (a problem when required) or unknown (a problem). */
    public static Currency currency(JsonNode node, String path, boolean required, List<Problem> problems) {
        String code = text(node, path, required, problems);
        if (code == null) {
            return null;
        }
        try {
            if (code.trim().length() == 3) {
                return Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        problems.add(new Problem(path, "is not an ISO 4217 currency code (such as USD, EUR, JPY): \"" + code + "\""));
        return null;
    }

    /** One of the enum's constant names; {@code fallback} when absent; null plus a problem when not a constant. */
    public static <E extends Enum<E>> E enumValue(JsonNode node, String path, Class<E> type, E fallback,
            List<Problem> problems) {
        if (isAbsent(node)) {
            if (fallback == null) {
                problems.add(new Problem(path, "is required"));
            }
            return fallback;
        }
        String text = text(node, path, true, problems);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text.trim())) {
                return constant;
            }
        }
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        String hint = closest(text.trim().toUpperCase(Locale.ROOT), names);
        problems.add(new Problem(path, "\"" + text + "\" is not one of " + String.join(", ", names)
                + (hint == null ? "" : "; did you mean " + hint + "?")));
        return null;
    }

    /** A short description of a JSON value for messages ("a number", "an array" ...). */
    public static String describe(JsonNode node) {
        if (isAbsent(node)) {
            return "nothing";
        }
        if (node.isTextual()) {
            return "the string \"" + node.textValue() + "\"";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return node.asText();
        }
        return node.isArray() ? "an array" : "an object";
    }

    /** The known name closest to {@code name} when it is a plausible typo of it, else null. */
    static String closest(String name, Iterable<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(name.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(1, Math.min(3, name.length() / 3));
        return bestDistance <= allowed ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The elements of an array node, or a problem when {@code node} is not an array (absent: a problem if required). */
    public static List<JsonNode> array(JsonNode node, String path, boolean required, List<Problem> problems) {
        if (isAbsent(node)) {
            if (required) {
                problems.add(new Problem(path, "is required"));
            }
            return null;
        }
        if (!node.isArray()) {
            problems.add(new Problem(path, "must be a JSON array [ ... ], got " + describe(node)));
            return null;
        }
        List<JsonNode> out = new ArrayList<>(node.size());
        node.forEach(out::add);
        return out;
    }
}
