package org.edcomply.core.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import org.edcomply.core.scan.config.Setting;
import org.edcomply.core.scan.config.SettingFacts;
import org.edcomply.core.scan.config.SpringSettings;

/**
 * Spring Boot's {@code application*.properties} and {@code application*.yml} (and Spring Cloud's
 * {@code bootstrap*}): every key becomes a {@link ConfigSetting} with its line, flattened to
 * Spring's dotted form ({@code a.b[0].c}), with secrets masked. The profile comes from the file
 * name ({@code application-prod.yml}) or, per {@code ---} / {@code #---} document, from
 * {@code spring.config.activate.on-profile} (a list or expression is kept as written, joined by
 * commas). Session cookies, database URLs and logger levels also become facts of their own.
 */
public final class SpringConfigScanner {

    private static final Pattern NAME = Pattern.compile("(?:application|bootstrap)(?:-([A-Za-z0-9_.-]+))?\\.(properties|ya?ml)");
    static final String KIND = ConfigFile.SPRING;
    private static final Pattern LIST_INDEX = Pattern.compile("\\[\\d+]$");

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
            return List.of(e.asFact("configuration could not be read: "));
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
            if (d > 0 && entries.isEmpty()) {
                continue;
            }
            // java.util.Properties and Spring keep the last value of a repeated key: so do we, and say so
            Map<String, PropertiesReader.Entry> effective = new LinkedHashMap<>();
            for (PropertiesReader.Entry e : entries) {
                PropertiesReader.Entry earlier = effective.remove(e.key());
                if (earlier != null) {
                    facts.add(new AnalysisProblem(new Location(display, earlier.line(), earlier.column()),
                            AnalysisProblem.DUPLICATE_KEY, "'" + earlier.key() + "' is set again at line " + e.line()
                            + "; the later value wins, so this line has no effect"));
                }
                effective.put(e.key(), e);
            }
            List<Setting> settings = new ArrayList<>();
            effective.values().stream().sorted((a, b) -> Integer.compare(a.line(), b.line()))
                    .forEach(e -> settings.add(new Setting(new Location(display, e.line(), e.column()), e.key(), e.value())));
            facts.addAll(document(display, profile(settings, fileProfile), settings));
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
            Map<String, JsonNode> flat = new LinkedHashMap<>();
            Map<String, String> pointers = new HashMap<>();
            flatten(doc.root(), "", "", flat, pointers);
            List<Setting> settings = new ArrayList<>();
            flat.forEach((key, value) -> settings.add(new Setting(doc.keyLocation(pointers.get(key)), key,
                    value.isNull() ? "" : value.asText())));
            facts.addAll(document(display, profile(settings, fileProfile), settings));
        }
        return facts;
    }

    private static List<Object> document(String display, String profile, List<Setting> settings) {
        List<Object> facts = new ArrayList<>();
        facts.add(new ConfigFile(new Location(display, 1, 0), KIND, profile));
        facts.addAll(SettingFacts.of(display, profile, settings));
        facts.addAll(SpringSettings.derive(display, profile, settings));
        return facts;
    }

    /** The document's profile: {@code on-profile} (joined when a list), else the file name's. */
    private static String profile(List<Setting> settings, String fileProfile) {
        List<String> profiles = new ArrayList<>();
        for (Setting s : settings) {
            String key = LIST_INDEX.matcher(s.relaxedKey()).replaceFirst("");
            if (key.equals("spring.config.activate.onprofile") || key.equals("spring.profiles")) {
                profiles.add(s.value().trim());
            }
        }
        return profiles.isEmpty() ? fileProfile : String.join(",", profiles);
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
}
