package org.edcomply.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Walks a document together with its JSON Schema and reports every value whose schema is a given
 * {@code $defs} entry, so that a check on, say, every file reference follows the schema instead of a
 * list of keys kept by hand.
 */
public final class SchemaWalk {

    private SchemaWalk() {
    }

    /**
     * @param definition the {@code $defs} name, e.g. {@code reference}
     * @param visit      called with the JSON Pointer and the value of each match, in document order
     */
    public static void find(JsonNode schema, JsonNode document, String definition, BiConsumer<String, JsonNode> visit) {
        walk(schema, schema, document, "", "#/$defs/" + definition, visit, new HashSet<>());
    }

    private static void walk(JsonNode root, JsonNode schema, JsonNode value, String pointer, String target,
                             BiConsumer<String, JsonNode> visit, Set<String> seen) {
        if (schema == null || value == null || value.isMissingNode()) {
            return;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null) {
            if (ref.asText().equals(target)) {
                if (seen.add(pointer)) {
                    visit.accept(pointer, value);
                }
                return;
            }
            walk(root, resolve(root, ref.asText()), value, pointer, target, visit, seen);
        }
        for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
            JsonNode alternatives = schema.get(combinator);
            if (alternatives != null) {
                alternatives.forEach(a -> walk(root, a, value, pointer, target, visit, seen));
            }
        }
        if (value.isObject()) {
            JsonNode properties = schema.get("properties");
            JsonNode additional = schema.get("additionalProperties");
            JsonNode names = schema.get("propertyNames");
            Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                String child = YamlDocument.child(pointer, e.getKey());
                if (names != null && names.has("$ref") && names.get("$ref").asText().equals(target)
                        && seen.add(child + "#key")) {
                    visit.accept(child + "#key", com.fasterxml.jackson.databind.node.TextNode.valueOf(e.getKey()));
                }
                if (properties != null && properties.has(e.getKey())) {
                    walk(root, properties.get(e.getKey()), e.getValue(), child, target, visit, seen);
                } else if (additional != null && additional.isObject()) {
                    walk(root, additional, e.getValue(), child, target, visit, seen);
                }
            }
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                walk(root, schema.get("items"), value.get(i), YamlDocument.child(pointer, i), target, visit, seen);
            }
        }
    }

    private static JsonNode resolve(JsonNode root, String ref) {
        if (!ref.startsWith("#/")) {
            return null;
        }
        JsonNode node = root;
        for (String step : ref.substring(2).split("/")) {
            node = node == null ? null : node.get(step.replace("~1", "/").replace("~0", "~"));
        }
        return node;
    }
}
