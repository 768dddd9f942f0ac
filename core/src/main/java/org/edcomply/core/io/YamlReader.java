package org.edcomply.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edcomply.core.model.Location;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads YAML safely and precisely: through SnakeYAML's composer, so that every key and value keeps
 * its line and column, aliases resolve to what they point at, {@code <<} merge keys are applied,
 * duplicate keys are errors, and alias bombs, deep nesting and recursive aliases are refused.
 * No object is ever constructed from a tag.
 *
 * <p>Jackson's own YAML module is not used for reading: it leaves {@code *alias} as a string and
 * {@code <<} as a key.
 */
public final class YamlReader {

    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 200_000;

    private YamlReader() {
    }

    /** Reads a file that must hold exactly one document (an empty file gives an empty mapping). */
    public static YamlDocument readSingle(String text, String file) {
        List<YamlDocument> docs = readAll(text, file);
        if (docs.size() > 1) {
            throw new InputException(docs.get(1).keyLocation(""), "expected a single YAML document, found "
                    + docs.size() + " (separated by ---)");
        }
        if (docs.isEmpty()) {
            return new YamlDocument(file, JsonNodeFactory.instance.objectNode(), new Location(file, 1, 1),
                    Map.of(), Map.of());
        }
        return docs.get(0);
    }

    /** Reads every {@code ---}-separated document of a file. */
    public static List<YamlDocument> readAll(String text, String file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit((int) InputLimits.MAX_FILE_BYTES);
        // the composer's own limit stays above ours, so that ours reports the position of the node
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        DumperOptions dumper = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options);
        List<YamlDocument> documents = new ArrayList<>();
        try {
            for (Node node : yaml.composeAll(new StringReader(text))) {
                documents.add(new Converter(file).document(node));
            }
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "not valid YAML";
            String context = e.getContext() != null ? " (" + e.getContext() + ")" : "";
            throw new InputException(at(file, mark), "not valid YAML: " + problem + context);
        } catch (YAMLException e) {
            throw new InputException(Location.ofFile(file), "not valid YAML: " + e.getMessage());
        }
        return documents;
    }

    private static Location at(String file, Mark mark) {
        return mark == null ? Location.ofFile(file) : new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Turns one composed node graph into a Jackson tree plus a position index. */
    private static final class Converter {
        private final String file;
        private final Map<String, Location> keys = new HashMap<>();
        private final Map<String, Location> values = new HashMap<>();
        private final IdentityHashMap<Node, Boolean> onPath = new IdentityHashMap<>();
        private int nodes;

        Converter(String file) {
            this.file = file;
        }

        YamlDocument document(Node root) {
            JsonNode tree = convert(root, "", 0);
            return new YamlDocument(file, tree, at(file, root.getStartMark()), keys, values);
        }

        private JsonNode convert(Node node, String pointer, int depth) {
            if (++nodes > MAX_NODES) {
                throw new InputException(at(file, node.getStartMark()),
                        "document expands to more than " + MAX_NODES + " nodes (alias bomb?)");
            }
            if (depth > MAX_DEPTH) {
                throw new InputException(at(file, node.getStartMark()), "nested deeper than " + MAX_DEPTH + " levels");
            }
            if (onPath.put(node, Boolean.TRUE) != null) {
                throw new InputException(at(file, node.getStartMark()), "recursive alias: a node contains itself");
            }
            try {
                values.putIfAbsent(pointer, at(file, node.getStartMark()));
                if (node instanceof MappingNode mapping) {
                    return mapping(mapping, pointer, depth);
                }
                if (node instanceof SequenceNode sequence) {
                    ArrayNode array = JsonNodeFactory.instance.arrayNode();
                    int i = 0;
                    for (Node item : sequence.getValue()) {
                        array.add(convert(item, YamlDocument.child(pointer, i++), depth + 1));
                    }
                    return array;
                }
                return scalar((ScalarNode) node);
            } finally {
                onPath.remove(node);
            }
        }

        private ObjectNode mapping(MappingNode mapping, String pointer, int depth) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Map<String, Location> seen = new LinkedHashMap<>();
            List<Node> merges = new ArrayList<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Node keyNode = tuple.getKeyNode();
                if (!(keyNode instanceof ScalarNode scalarKey)) {
                    throw new InputException(at(file, keyNode.getStartMark()), "expected a plain key, found a "
                            + (keyNode instanceof MappingNode ? "mapping" : "sequence") + " used as a key");
                }
                String key = scalarKey.getValue();
                Location keyAt = at(file, keyNode.getStartMark());
                if (Tag.MERGE.equals(scalarKey.getTag())) {
                    merges.add(tuple.getValueNode());
                    continue;
                }
                Location first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    throw new InputException(keyAt, "duplicate key '" + key + "' (first written at line "
                            + first.line() + ")");
                }
                String child = YamlDocument.child(pointer, key);
                keys.putIfAbsent(child, keyAt);
                object.set(key, convert(tuple.getValueNode(), child, depth + 1));
            }
            // Explicit keys win over merged ones, whatever their order (YAML merge-key spec).
            for (Node merge : merges) {
                List<Node> sources = merge instanceof SequenceNode seq ? seq.getValue() : List.of(merge);
                for (Node source : sources) {
                    if (!(source instanceof MappingNode)) {
                        throw new InputException(at(file, source.getStartMark()),
                                "expected a mapping (or a list of mappings) after '<<'");
                    }
                    JsonNode merged = convert(source, pointer, depth + 1);
                    merged.properties().forEach(e -> {
                        if (!object.has(e.getKey())) {
                            object.set(e.getKey(), e.getValue());
                        }
                    });
                }
            }
            return object;
        }

        private JsonNode scalar(ScalarNode scalar) {
            JsonNodeFactory f = JsonNodeFactory.instance;
            String text = scalar.getValue();
            Tag tag = scalar.getTag();
            if (Tag.NULL.equals(tag)) {
                return f.nullNode();
            }
            if (Tag.BOOL.equals(tag)) {
                String t = text.toLowerCase(java.util.Locale.ROOT);
                return f.booleanNode(t.equals("true") || t.equals("yes") || t.equals("on") || t.equals("y"));
            }
            if (Tag.INT.equals(tag)) {
                try {
                    BigInteger value = new BigInteger(text.replace("_", "").replaceFirst("^\\+", ""));
                    return value.bitLength() < 32 ? f.numberNode(value.intValue())
                            : value.bitLength() < 64 ? f.numberNode(value.longValue()) : f.numberNode(value);
                } catch (NumberFormatException e) {
                    return f.textNode(text); // octal/hex/sexagesimal: keep the text as written
                }
            }
            if (Tag.FLOAT.equals(tag)) {
                try {
                    return f.numberNode(Double.parseDouble(text.replace("_", "")));
                } catch (NumberFormatException e) {
                    return f.textNode(text);
                }
            }
            return f.textNode(text);
        }
    }
}
