package org.edcomply.core.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.io.PropertiesReader;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.ConfigFile;
import org.edcomply.core.model.ConfigSetting;
import org.edcomply.core.model.Location;

/**
 * Spring Boot's {@code application*.properties} and {@code application*.yml}: every key becomes a
 * {@link ConfigSetting} with its line, flattened to Spring's dotted form ({@code a.b[0].c}). The
 * profile comes from the file name ({@code application-prod.yml}) or, per document, from
 * {@code spring.config.activate.on-profile}.
 */
public final class SpringConfigScanner {

    private static final Pattern NAME = Pattern.compile("application(?:-([A-Za-z0-9_.-]+))?\\.(properties|ya?ml)");
    static final String KIND = "spring";

    private SpringConfigScanner() {
    }

    public static boolean accepts(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    public static List<Object> scan(Path file, String display) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return List.of();
        }
        String fileProfile = m.group(1) == null ? "" : m.group(1);
        try {
            String text = InputLimits.readText(file, display);
            return m.group(2).equals("properties") ? properties(text, display, fileProfile)
                    : yaml(text, display, fileProfile);
        } catch (InputException e) {
            return List.of(new AnalysisProblem(e.location(), AnalysisProblem.UNPARSABLE,
                    "configuration could not be read: " + e.problem()));
        }
    }

    private static List<Object> properties(String text, String display, String fileProfile) {
        List<List<PropertiesReader.Entry>> documents = new ArrayList<>();
        documents.add(new ArrayList<>());
        for (PropertiesReader.Entry e : PropertiesReader.read(text)) {
            if (e.isSeparator()) {
                documents.add(new ArrayList<>());
            } else {
                documents.get(documents.size() - 1).add(e);
            }
        }
        List<Object> facts = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            List<PropertiesReader.Entry> entries = documents.get(d);
            String profile = entries.stream().filter(e -> isProfileKey(e.key())).map(PropertiesReader.Entry::value)
                    .findFirst().orElse(fileProfile);
            if (d == 0 || !entries.isEmpty()) {
                facts.add(new ConfigFile(new Location(display, 1, 0), KIND, profile));
            }
            for (PropertiesReader.Entry e : entries) {
                facts.add(new ConfigSetting(new Location(display, e.line(), e.column()), display, profile, e.key(),
                        e.value()));
            }
        }
        return facts;
    }

    private static List<Object> yaml(String text, String display, String fileProfile) {
        List<Object> facts = new ArrayList<>();
        List<YamlDocument> documents = YamlReader.readAll(text, display);
        if (documents.isEmpty()) {
            facts.add(new ConfigFile(new Location(display, 1, 0), KIND, fileProfile));
        }
        for (YamlDocument doc : documents) {
            Map<String, JsonNode> flat = new java.util.LinkedHashMap<>();
            Map<String, String> pointers = new java.util.HashMap<>();
            flatten(doc.root(), "", "", flat, pointers);
            String profile = flat.entrySet().stream().filter(e -> isProfileKey(e.getKey()))
                    .map(e -> e.getValue().asText()).findFirst().orElse(fileProfile);
            facts.add(new ConfigFile(new Location(display, 1, 0), KIND, profile));
            flat.forEach((key, value) -> facts.add(new ConfigSetting(doc.keyLocation(pointers.get(key)), display,
                    profile, key, value.isNull() ? "" : value.asText())));
        }
        return facts;
    }

    private static void flatten(JsonNode node, String prefix, String pointer, Map<String, JsonNode> out,
                                Map<String, String> pointers) {
        if (node.isObject()) {
            node.properties().forEach(e -> flatten(e.getValue(),
                    prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    YamlDocument.child(pointer, e.getKey()), out, pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), prefix + "[" + i + "]", YamlDocument.child(pointer, i), out, pointers);
            }
        } else if (!prefix.isEmpty()) {
            out.put(prefix, node);
            pointers.put(prefix, pointer);
        }
    }

    private static boolean isProfileKey(String key) {
        return "spring.config.activate.on-profile".equals(key) || "spring.profiles".equals(key);
    }
}
