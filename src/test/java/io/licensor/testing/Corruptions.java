package io.licensor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Corrupts valid input files at random for the bad-input properties: structural edits of JSON documents (drop,
 * duplicate or mutate a field or element) and of CSV files (drop, duplicate or mutate a cell or line), and byte-level
 * damage (truncation, flipped, inserted or random bytes). Deterministic for a seed, so a failure can be replayed.
 */
public final class Corruptions {
    /** What is done to the input. */
    public enum Kind {
        DROP_FIELD, DUPLICATE_FIELD, MUTATE_VALUE, DUPLICATE_ELEMENT, TRUNCATE, FLIP_BYTES, INSERT_BYTES,
        RANDOM_BYTES, SWAP_LINES
    }

    /** Hostile JSON values a field may be replaced with. */
    static final List<String> JSON_VALUES = List.of("\"\"", "\" \"", "\"-1\"", "-1", "\"1e400\"", "1e400", "\"NaN\"",
            "null", "true", "0", "-0.5", "\"99999999999999999999999999999999.99\"", "\"0.00000000000000000001\"",
            "\"2025-02-30\"", "\"0000-01-01\"", "\"+999999999-12-31\"", "{}", "[]", "[[[]]]", "\"\\u0000\"",
            "\"=cmd|' /C calc'!A0\"", "\"'; DROP TABLE asset; --\"", "\"\\u202eevil\"", "\"" + "x".repeat(10_000) + "\"",
            "12345678901234567890", "1.0E-400", "\"XXX\"", "\"usd\"", "\"A1\"", "\"L1\"", "\"R1\"", "\"1,5\"",
            "\"ROYALTY\"", "\"MARGINAL\"", "\"\\ud800\"", "{\"a\": 1}", "[\"A1\", \"A1\"]", "\"2024-01-01\"");

    /** Hostile CSV cells. */
    static final List<String> CSV_VALUES = List.of("", " ", "-1", "1e400", "NaN", "=SUM(A1:A9)", "+1", "@x", "\"",
            "\"unbalanced", "1,000,000.00.00", "99999999999999999999999999", "2025-02-30", "\u0000", "\u202e",
            "x".repeat(10_000), "'; DROP TABLE receipt; --", "(12.50)", "12.50-", "$-0.00", "\t", "\r", "€1.234,56",
            "2024-13-01", "31/02/2024", "\ufeff");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Corruptions() {
    }

    /** The JSON document damaged as {@code kind} says. */
    public static byte[] json(byte[] input, Kind kind, long seed) {
        Random random = new Random(seed);
        return switch (kind) {
            case DROP_FIELD, MUTATE_VALUE, DUPLICATE_ELEMENT -> jsonTree(input, kind, random);
            case DUPLICATE_FIELD, SWAP_LINES -> lines(pretty(input), kind, random, "\n");
            default -> bytes(input, kind, random);
        };
    }

    /** The CSV file damaged as {@code kind} says. */
    public static byte[] csv(byte[] input, Kind kind, long seed) {
        Random random = new Random(seed);
        return switch (kind) {
            case DROP_FIELD, DUPLICATE_FIELD, MUTATE_VALUE -> cells(input, kind, random);
            case DUPLICATE_ELEMENT, SWAP_LINES -> lines(input, kind, random, "\n");
            default -> bytes(input, kind, random);
        };
    }

    private static byte[] jsonTree(byte[] input, Kind kind, Random random) {
        JsonNode root = read(input);
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        if (slots.isEmpty()) {
            return input;
        }
        Slot slot = slots.get(random.nextInt(slots.size()));
        String literal = JSON_VALUES.get(random.nextInt(JSON_VALUES.size()));
        // a lone surrogate cannot pass through Jackson's writer: a placeholder is swapped for its escape afterwards
        boolean lone = literal.equals("\"\\ud800\"");
        JsonNode replacement = read((lone ? "\"" + LONE + "\"" : literal).getBytes(StandardCharsets.UTF_8));
        if (slot.parent() instanceof ObjectNode object) {
            switch (kind) {
                case DROP_FIELD -> object.remove(slot.field());
                case MUTATE_VALUE -> object.set(slot.field(), replacement);
                default -> object.set(slot.field() + "Copy", object.get(slot.field()).deepCopy());
            }
        } else {
            ArrayNode array = (ArrayNode) slot.parent();
            switch (kind) {
                case DROP_FIELD -> array.remove(slot.index());
                case MUTATE_VALUE -> array.set(slot.index(), replacement);
                default -> array.insert(slot.index(), array.get(slot.index()).deepCopy());
            }
        }
        byte[] written = write(root);
        return lone ? new String(written, StandardCharsets.UTF_8).replace(LONE, "\\ud800")
                .getBytes(StandardCharsets.UTF_8) : written;
    }

    private static final String LONE = "LONE-SURROGATE-PLACEHOLDER";

    private record Slot(ContainerNode<?> parent, String field, int index) {
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.add(new Slot(object, e.getKey(), -1));
                collect(e.getValue(), out);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                out.add(new Slot(array, null, i));
                collect(array.get(i), out);
            }
        }
    }

    /** Line-level edits: a line duplicated (in JSON: a field given twice) or two lines swapped. */
    private static byte[] lines(byte[] input, Kind kind, Random random, String separator) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(input, StandardCharsets.UTF_8)
                .split(separator, -1)));
        if (lines.size() < 2) {
            return input;
        }
        int i = random.nextInt(lines.size());
        if (kind == Kind.SWAP_LINES) {
            int j = random.nextInt(lines.size());
            String t = lines.get(i);
            lines.set(i, lines.get(j));
            lines.set(j, t);
        } else {
            lines.add(i, lines.get(i));
        }
        return String.join(separator, lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Cell-level edits of a CSV line (split naively at commas and semicolons, as a careless editor would). */
    private static byte[] cells(byte[] input, Kind kind, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(input, StandardCharsets.UTF_8).split("\n", -1)));
        int row = random.nextInt(lines.size());
        String line = lines.get(row);
        String sep = line.contains(";") && !line.contains(",") ? ";" : line.contains("\t") ? "\t" : ",";
        List<String> cells = new ArrayList<>(Arrays.asList(line.split(sep, -1)));
        int c = random.nextInt(cells.size());
        switch (kind) {
            case DROP_FIELD -> cells.remove(c);
            case DUPLICATE_FIELD -> cells.add(c, cells.get(c));
            default -> cells.set(c, CSV_VALUES.get(random.nextInt(CSV_VALUES.size())));
        }
        lines.set(row, String.join(sep, cells));
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] bytes(byte[] input, Kind kind, Random random) {
        switch (kind) {
            case TRUNCATE:
                return Arrays.copyOf(input, random.nextInt(Math.max(1, input.length)));
            case FLIP_BYTES: {
                byte[] out = input.clone();
                int n = 1 + random.nextInt(8);
                for (int k = 0; k < n && out.length > 0; k++) {
                    out[random.nextInt(out.length)] = (byte) random.nextInt(256);
                }
                return out;
            }
            case INSERT_BYTES: {
                int at = random.nextInt(input.length + 1);
                byte[] noise = new byte[1 + random.nextInt(16)];
                random.nextBytes(noise);
                byte[] out = new byte[input.length + noise.length];
                System.arraycopy(input, 0, out, 0, at);
                System.arraycopy(noise, 0, out, at, noise.length);
                System.arraycopy(input, at, out, at + noise.length, input.length - at);
                return out;
            }
            default: {
                byte[] out = new byte[random.nextInt(2048)];
                random.nextBytes(out);
                return out;
            }
        }
    }

    private static byte[] pretty(byte[] input) {
        return write(read(input));
    }

    private static JsonNode read(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(JsonNode node) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
