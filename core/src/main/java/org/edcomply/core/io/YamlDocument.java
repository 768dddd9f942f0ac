package org.edcomply.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.edcomply.core.model.Location;

/**
 * One YAML document as a Jackson tree, with the position of every key and value, addressed by
 * JSON Pointer ({@code /audience/minAge}, {@code /requirements/0/with}).
 */
public final class YamlDocument {

    private final String file;
    private final JsonNode root;
    private final Location start;
    private final Map<String, Location> keys;
    private final Map<String, Location> values;

    YamlDocument(String file, JsonNode root, Location start, Map<String, Location> keys,
                 Map<String, Location> values) {
        this.file = file;
        this.root = root;
        this.start = start;
        this.keys = keys;
        this.values = values;
    }

    public String file() {
        return file;
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} starts; falls back to its key, then to the nearest parent. */
    public Location valueLocation(String pointer) {
        Location at = values.get(pointer);
        return at != null ? at : keyLocation(pointer);
    }

    /**
     * Where the key of {@code pointer} is written; for a list item (which has no key) where the
     * item starts; else the nearest parent.
     */
    public Location keyLocation(String pointer) {
        String p = pointer;
        while (true) {
            Location at = keys.get(p);
            if (at != null) {
                return at;
            }
            at = values.get(p);
            if (at != null) {
                return at;
            }
            int slash = p.lastIndexOf('/');
            if (slash <= 0) {
                return start;
            }
            p = p.substring(0, slash);
        }
    }

    /** Appends one step to a JSON Pointer, escaping {@code ~} and {@code /}. */
    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }
}
