package org.edcomply.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Validates a YAML document against a JSON Schema shipped in the jar, and turns each violation
 * into an {@link InputException} at the exact key or value, with a "did you mean" hint for
 * unknown keys. The same schema is published for editors, so what the build accepts and what the
 * editor completes never differ.
 */
public final class SchemaCheck {

    private final JsonNode schemaJson;
    private final Schema schema;

    private SchemaCheck(JsonNode schemaJson) {
        this.schemaJson = schemaJson;
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaJson);
    }

    /** Loads a schema resource, e.g. {@code /org/edcomply/core/manifest.schema.json}. */
    public static SchemaCheck fromClasspath(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing from the jar: " + resource);
            }
            return new SchemaCheck(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema itself, for walking documents along it ({@link SchemaWalk}). */
    public JsonNode json() {
        return schemaJson;
    }

    /** All violations, ordered by position; empty when the document is valid. */
    public List<InputException> validate(YamlDocument doc) {
        List<InputException> problems = new ArrayList<>();
        for (Error error : schema.validate(doc.root())) {
            problems.add(describe(doc, error));
        }
        problems.sort(Comparator.comparing(InputException::location).thenComparing(InputException::problem));
        return problems.stream().distinct().collect(Collectors.toList());
    }

    /** Throws the first violation, if any. */
    public void requireValid(YamlDocument doc) {
        List<InputException> problems = validate(doc);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
    }

    private InputException describe(YamlDocument doc, Error error) {
        String pointer = pointer(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode instance = error.getInstanceNode();
        switch (keyword) {
            case "additionalProperties", "unevaluatedProperties": {
                String key = error.getProperty();
                String child = YamlDocument.child(pointer, key);
                List<String> known = knownProperties(error);
                return new InputException(doc.keyLocation(child), "unknown key '" + key + "'"
                        + where(pointer) + Suggestions.hint(key, known)
                        + (known.isEmpty() ? "" : " Allowed keys: " + String.join(", ", known) + "."));
            }
            case "required":
                return new InputException(doc.keyLocation(pointer), "missing required key '" + error.getProperty()
                        + "'" + where(pointer));
            case "type": {
                JsonNode type = error.getSchemaNode();
                return new InputException(doc.valueLocation(pointer), "expected " + describeType(type)
                        + where(pointer) + ", found " + describeValue(instance));
            }
            case "enum": {
                JsonNode allowed = error.getSchemaNode();
                List<String> names = StreamSupport.stream(allowed.spliterator(), false)
                        .map(JsonNode::asText).toList();
                String found = instance == null ? "" : instance.asText();
                return new InputException(doc.valueLocation(pointer), "expected one of " + String.join(", ", names)
                        + where(pointer) + ", found " + describeValue(instance) + Suggestions.hint(found, names));
            }
            default: {
                String message = error.getMessage() == null ? keyword : error.getMessage();
                // networknt prefixes its messages with the JSON path; we give a file position instead
                message = message.replaceFirst("^\\$[^:]*:\\s*", "");
                return new InputException(doc.valueLocation(pointer), message + where(pointer));
            }
        }
    }

    private List<String> knownProperties(Error error) {
        if (error.getSchemaLocation() == null || error.getSchemaLocation().getFragment() == null) {
            return List.of();
        }
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonNode node = schemaJson;
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object step = fragment.getElement(i);
            node = step instanceof Integer index ? node.get(index) : node.get(String.valueOf(step));
        }
        if (node == null || !node.has("properties")) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        node.get("properties").fieldNames().forEachRemaining(names::add);
        return names.stream().sorted().toList();
    }

    static String pointer(NodePath path) {
        StringBuilder sb = new StringBuilder();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                Object step = path.getElement(i);
                sb.append('/').append(String.valueOf(step).replace("~", "~0").replace("/", "~1"));
            }
        }
        return sb.toString();
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "" : " in " + pointer.substring(1).replace('/', '.');
    }

    private static String describeType(JsonNode type) {
        if (type == null) {
            return "another type";
        }
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(article(t.asText())));
            return String.join(" or ", names);
        }
        return article(type.asText());
    }

    private static String article(String type) {
        return switch (type) {
            case "integer" -> "an integer";
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "boolean" -> "true or false";
            case "number" -> "a number";
            default -> type;
        };
    }

    static String describeValue(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "nothing";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isTextual()) {
            return "'" + value.asText() + "'";
        }
        return value.toString();
    }

}
