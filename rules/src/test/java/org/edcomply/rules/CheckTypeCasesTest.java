package org.edcomply.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.edcomply.core.engine.ComplianceSession;
import org.edcomply.core.engine.RuleBase;
import org.edcomply.core.io.ClasspathFolder;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;
import org.edcomply.core.jurisdiction.CheckType;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.edcomply.core.jurisdiction.Jurisdiction;
import org.edcomply.core.jurisdiction.JurisdictionParser;
import org.edcomply.core.model.AccessibilityTarget;
import org.edcomply.core.model.AnalysisDate;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every check type on the facts of {@code cases/<check>.yaml} and compares the findings with
 * the expected ones, PMD-style: adding a case needs no Java. A case may set its own {@code with}
 * parameters over the file's. The rules are the precompiled
 * executable model the plugin ships.
 *
 * <p>A case gives its input as facts, or as templates ({@code template:} with an optional
 * {@code file:} name, or {@code files:} name to text) that the real template scanner reads; in
 * templates, a line holding {@code EXPECT} in a comment says the next line has a finding, and
 * {@code EXPECT: name=value, ...} also checks placeholder values (Error Prone style). Unless the
 * case gives them as facts, the run date is {@value #CASE_DATE} and no accessibility target is declared.
 */
class CheckTypeCasesTest {

    private static final ClassLoader LOADER = CheckTypeCasesTest.class.getClassLoader();
    private static final CheckTypeRegistry CHECKS = CheckTypeRegistry.load(LOADER);
    private static final ComplianceSession SESSION = new ComplianceSession(RuleBase.builtIn(LOADER));

    @TestFactory
    Stream<DynamicTest> everyCase() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String resource : ClasspathFolder.list(LOADER, "cases/", ".yaml")) {
            YamlDocument doc = YamlReader.readSingle(read(resource), resource);
            JsonNode root = doc.root();
            String check = root.get("check").asText();
            for (JsonNode c : root.get("cases")) {
                // a case may override the file's parameters with its own
                JsonNode with = root.path("with").deepCopy();
                if (c.has("with")) {
                    ((com.fasterxml.jackson.databind.node.ObjectNode) with).setAll(
                            (com.fasterxml.jackson.databind.node.ObjectNode) c.get("with"));
                }
                Requirement requirement = requirement(check, with);
                tests.add(DynamicTest.dynamicTest(check + ": " + c.get("name").asText(),
                        () -> run(requirement, c)));
            }
        }
        assertFalse(tests.isEmpty());
        return tests.stream();
    }

    static final String CASE_DATE = "2026-07-01";

    private static void run(Requirement requirement, JsonNode c) throws IOException {
        List<Object> facts = new ArrayList<>();
        for (JsonNode fact : c.path("facts")) {
            fact.properties().forEach(e -> facts.add(FactBuilder.build(e.getKey(), e.getValue())));
        }
        if (facts.stream().noneMatch(AnalysisDate.class::isInstance)) {
            facts.add(new AnalysisDate(CASE_DATE));
        }
        if (facts.stream().noneMatch(AccessibilityTarget.class::isInstance)) {
            facts.add(AccessibilityTarget.undeclared(Location.ofFile("edcomply.yaml")));
        }
        if (c.has("template") || c.has("files")) {
            TemplateCase.run(SESSION, requirement, c, facts);
            return;
        }
        JsonNode expect = c.path("expect");
        List<Finding> findings = SESSION.evaluate(List.of(requirement), facts);
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < expect.size(); i++) {
            JsonNode e = expect.get(i);
            expected.add(e.get("at").asText() + " [" + e.path("subject").asText("") + "] " + values(e.path("values")));
        }
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            JsonNode wanted = i < expect.size() ? expect.get(i).path("values") : null;
            Map<String, String> all = placeholderValues(f);
            Map<String, String> shown = new LinkedHashMap<>();
            if (wanted != null) {
                wanted.fieldNames().forEachRemaining(k -> shown.put(k, all.get(k)));
            } else {
                shown.putAll(all);
            }
            actual.add(f.location() + " [" + f.subject() + "] " + shown);
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual));
    }

    /** A requirement with every placeholder in its message, so cases can assert their values. */
    private static Requirement requirement(String check, JsonNode with) {
        CheckType type = CHECKS.find(check).orElseThrow(() -> new AssertionError("no check type " + check));
        String message = type.placeholders().keySet().stream().map(p -> p + "={" + p + "}")
                .collect(Collectors.joining("|"));
        String yaml = "id: test\nname: test\nrequirements:\n  - id: TEST\n    title: t\n    check: " + check
                + "\n    with: " + with.toString() + "\n    severity: HIGH\n    cite: c\n    message: \"" + message
                + "\"\n    remediation: r\n";
        Jurisdiction j = new JurisdictionParser(CHECKS).parse(yaml, "cases/" + check + ".yaml");
        return j.requirements().get(0);
    }

    /** Reads back the values the test message template {@code name={name}|...} was filled with. */
    static Map<String, String> placeholderValues(Finding f) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : f.message().split("\\|")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                values.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return values;
    }

    private static Map<String, String> values(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    private static String read(String resource) {
        try (InputStream in = LOADER.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
