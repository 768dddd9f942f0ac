package org.edcomply.core.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.edcomply.core.io.ClasspathFolder;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;

/** The closed vocabulary of check types, read from the {@code *.check.yaml} files beside the DRL. */
public final class CheckTypeRegistry {

    public static final String FOLDER = "org/edcomply/rules/";
    private static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath("/org/edcomply/core/check-type.schema.json");

    private final Map<String, CheckType> types;

    public CheckTypeRegistry(Map<String, CheckType> types) {
        this.types = Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** Reads every check-type declaration on the class path. */
    public static CheckTypeRegistry load(ClassLoader loader) {
        Map<String, CheckType> types = new TreeMap<>();
        for (String resource : ClasspathFolder.list(loader, FOLDER, ".check.yaml")) {
            CheckType type = parse(read(loader, resource), resource);
            String expected = resource.substring(FOLDER.length(), resource.length() - ".check.yaml".length());
            if (!type.name().equals(expected)) {
                throw new InputException(type.definedAt(), "check '" + type.name()
                        + "' must be declared in a file named " + type.name() + ".check.yaml");
            }
            types.put(type.name(), type);
        }
        return new CheckTypeRegistry(types);
    }

    /** This vocabulary plus an organisation's own check types; a name may not be taken twice. */
    public CheckTypeRegistry plus(Map<String, CheckType> more) {
        Map<String, CheckType> all = new TreeMap<>(types);
        for (CheckType t : more.values()) {
            if (all.putIfAbsent(t.name(), t) != null) {
                throw new InputException(t.definedAt(), "check type '" + t.name() + "' is already built in; choose another name");
            }
        }
        return new CheckTypeRegistry(all);
    }

    public Optional<CheckType> find(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public List<String> names() {
        return new ArrayList<>(types.keySet());
    }

    public Map<String, CheckType> all() {
        return types;
    }

    static CheckType parse(String text, String file) {
        YamlDocument doc = YamlReader.readSingle(text, file);
        SCHEMA.requireValid(doc);
        JsonNode root = doc.root();
        Map<String, CheckType.Parameter> parameters = new LinkedHashMap<>();
        root.path("parameters").properties().forEach(e -> {
            JsonNode p = e.getValue();
            ParameterType type = ParameterType.fromYaml(p.get("type").asText());
            Object defaultValue = null;
            if (p.has("default")) {
                defaultValue = type.convert(p.get("default"));
                if (defaultValue == null) {
                    throw new InputException(doc.valueLocation("/parameters/" + e.getKey() + "/default"),
                            "default of '" + e.getKey() + "' must be " + type.description());
                }
            }
            parameters.put(e.getKey(), new CheckType.Parameter(e.getKey(), type,
                    p.path("required").asBoolean(false), defaultValue, p.path("description").asText("")));
        });
        Map<String, String> placeholders = new LinkedHashMap<>();
        root.path("placeholders").properties().forEach(e -> placeholders.put(e.getKey(), e.getValue().asText()));
        List<String> reads = new ArrayList<>();
        root.path("reads").forEach(r -> reads.add(r.asText()));
        return new CheckType(root.get("check").asText(), root.path("summary").asText(""),
                root.path("description").asText("").trim(), List.copyOf(reads), parameters, placeholders,
                doc.keyLocation("/check"));
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
