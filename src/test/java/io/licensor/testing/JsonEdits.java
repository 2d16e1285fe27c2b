package io.licensor.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * Edits a JSON document at a path such as {@code receipts[1].gross} for refusal tests: sets the value given as a
 * JSON literal, or removes the field when the value is {@link #REMOVE}.
 */
public final class JsonEdits {
    public static final String REMOVE = "<remove>";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonEdits() {}

    /** The document with the edit applied. */
    public static String edit(String json, String path, String jsonValue) {
        try {
            JsonNode root = MAPPER.readTree(json);
            String[] steps = path.split("\\.");
            JsonNode parent = root;
            for (int i = 0; i < steps.length - 1; i++) {
                parent = step(parent, steps[i]);
            }
            String last = steps[steps.length - 1];
            if (last.endsWith("]")) {
                ArrayNode array = (ArrayNode) step(parent, last.substring(0, last.indexOf('[')));
                int index = Integer.parseInt(last.substring(last.indexOf('[') + 1, last.length() - 1));
                array.set(index, MAPPER.readTree(jsonValue));
            } else if (REMOVE.equals(jsonValue)) {
                ((ObjectNode) parent).remove(last);
            } else {
                ((ObjectNode) parent).set(last, MAPPER.readTree(jsonValue));
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode step(JsonNode node, String step) {
        if (!step.endsWith("]")) {
            return node.get(step);
        }
        JsonNode array = node.get(step.substring(0, step.indexOf('[')));
        return array.get(Integer.parseInt(step.substring(step.indexOf('[') + 1, step.length() - 1)));
    }
}
