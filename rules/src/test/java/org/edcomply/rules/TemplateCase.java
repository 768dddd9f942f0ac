package org.edcomply.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edcomply.core.engine.ComplianceSession;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.scan.template.TemplateScanner;

/**
 * A test case written as templates: they are scanned by the real template scanner into a
 * throw-away project, and each {@code EXPECT} marker says the next line has a finding.
 */
final class TemplateCase {

    static final String ROOT = "src/main/resources/templates/";
    private static final Pattern MARKER = Pattern.compile("EXPECT(?::\\s*(.*?))?\\s*(?:-->|--%>|--]|\\*#|\\*/|$)");

    private TemplateCase() {
    }

    static void run(ComplianceSession session, Requirement requirement, JsonNode c, List<Object> facts)
            throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        if (c.has("template")) {
            files.put(c.path("file").asText("page.html"), c.get("template").asText());
        }
        c.path("files").properties().forEach(e -> files.put(e.getKey(), e.getValue().asText()));
        Path project = Files.createTempDirectory("edcomply-case");
        try {
            List<Marker> markers = new ArrayList<>();
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = project.resolve(ROOT + f.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
                String[] lines = f.getValue().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = MARKER.matcher(lines[i]);
                    if (lines[i].contains("EXPECT") && m.find()) {
                        markers.add(new Marker(f.getKey(), i + 2, values(m.group(1))));
                    }
                }
            }
            List<Object> all = new ArrayList<>(facts);
            all.addAll(TemplateScanner.scan(project, TemplateScanner.DEFAULT_ROOTS).facts());
            List<Finding> findings = session.evaluate(List.of(requirement), all);
            markers.sort(Comparator.comparing(Marker::file).thenComparingInt(Marker::line));
            List<String> expected = markers.stream().map(m -> key(m.file, m.line, m.values)).toList();
            List<String> actual = new ArrayList<>();
            for (Finding finding : findings) {
                String file = finding.location().file();
                file = file.startsWith(ROOT) ? file.substring(ROOT.length()) : file;
                Map<String, String> values = CheckTypeCasesTest.placeholderValues(finding);
                Map<String, String> shown = new LinkedHashMap<>();
                int index = actual.size();
                if (index < markers.size()) {
                    markers.get(index).values.keySet().forEach(k -> shown.put(k, values.get(k)));
                }
                actual.add(key(file, finding.location().line(), shown));
            }
            assertEquals(String.join("\n", expected), String.join("\n", actual), "findings (file:line {checked values})");
        } finally {
            try (Stream<Path> walk = Files.walk(project)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private record Marker(String file, int line, Map<String, String> values) {
    }

    private static String key(String file, int line, Map<String, String> values) {
        return file + ":" + line + " " + values;
    }

    /** {@code axeRule=image-alt, detail=it has no label} → map; values may not contain commas. */
    private static Map<String, String> values(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return values;
        }
        for (String pair : text.split(",\\s*(?=[A-Za-z]+=)")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
            }
        }
        return values;
    }
}
