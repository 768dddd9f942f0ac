package org.edcomply.core.classify;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;

/**
 * The personal-data taxonomy as data ({@code data-types.yaml} in this jar): data types with their
 * name patterns, and the vocabulary that tells whose class a field is in.
 */
public final class Taxonomy {

    public static final String RESOURCE = "org/edcomply/core/data-types.yaml";
    private static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath("/org/edcomply/core/data-types.schema.json");
    private static volatile Taxonomy builtIn;

    final Map<String, DataSubject> subjectTokens = new LinkedHashMap<>();
    final Set<String> genericSubjects = new HashSet<>();
    final Set<String> records = new HashSet<>();
    final Set<String> organisations = new HashSet<>();
    final Set<String> classSuffixes = new HashSet<>();
    final Set<String> ignoredTrailing = new HashSet<>();
    final Set<String> excluded = new HashSet<>();
    final List<DataType> dataTypes = new ArrayList<>();

    private Taxonomy() {
    }

    /** The taxonomy shipped with EdComply, read once. */
    public static Taxonomy builtIn() {
        Taxonomy t = builtIn;
        if (t == null) {
            synchronized (Taxonomy.class) {
                if (builtIn == null) {
                    builtIn = parse(read(), RESOURCE);
                }
                t = builtIn;
            }
        }
        return t;
    }

    public List<DataType> dataTypes() {
        return List.copyOf(dataTypes);
    }

    static Taxonomy parse(String text, String file) {
        YamlDocument doc = YamlReader.readSingle(text, file);
        SCHEMA.requireValid(doc);
        JsonNode root = doc.root();
        Taxonomy t = new Taxonomy();
        root.get("subjects").properties().forEach(e -> words(e.getValue())
                .forEach(w -> t.subjectTokens.put(w, DataSubject.valueOf(e.getKey()))));
        t.genericSubjects.addAll(words(root.get("genericSubjects")));
        t.records.addAll(words(root.get("records")));
        t.organisations.addAll(words(root.get("organisations")));
        t.classSuffixes.addAll(words(root.get("classSuffixes")));
        t.ignoredTrailing.addAll(words(root.get("ignoredTrailing")));
        t.excluded.addAll(words(root.get("excluded")));
        Set<String> keys = new HashSet<>();
        JsonNode types = root.get("dataTypes");
        for (int i = 0; i < types.size(); i++) {
            JsonNode n = types.get(i);
            String at = "/dataTypes/" + i;
            String key = n.get("key").asText();
            if (!keys.add(key)) {
                throw new InputException(doc.valueLocation(at + "/key"), "data type '" + key + "' is declared twice");
            }
            DataCategory category;
            try {
                category = DataCategory.valueOf(n.get("category").asText());
            } catch (IllegalArgumentException e) {
                throw new InputException(doc.valueLocation(at + "/category"), "'" + n.get("category").asText()
                        + "' is not a DataCategory constant");
            }
            t.dataTypes.add(new DataType(key, category, n.get("context").asText(), patterns(n.path("suffix")),
                    patterns(n.path("anywhere")), new HashSet<>(words(n.path("exclude"))),
                    n.path("booleans").asBoolean(false)));
        }
        return t;
    }

    private static List<String> words(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(w -> out.add(NameTokens.normalise(w.asText())));
        return out;
    }

    private static List<List<String>> patterns(JsonNode list) {
        List<List<String>> out = new ArrayList<>();
        list.forEach(p -> out.add(NameTokens.ofPattern(p.asText())));
        return out;
    }

    private static String read() {
        try (InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from edcomply-core");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many data types each category has; a category without any cannot be found by name. */
    Map<DataCategory, Integer> coverage() {
        Map<DataCategory, Integer> counts = new EnumMap<>(DataCategory.class);
        dataTypes.forEach(d -> counts.merge(d.category(), 1, Integer::sum));
        return counts;
    }
}
