package org.edcomply.maven;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import java.time.LocalDate;
import java.util.Map;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.report.ReportFormat;
import org.edcomply.core.triage.Triage;
import org.edcomply.core.triage.TriageResult;
import org.junit.jupiter.api.Test;

/** The examples stay runnable by users and their reports are reproducible. */
class ExamplesTest {

    private static final Path EXAMPLES = Path.of("../examples");
    /** The day an example checks the law of, when it pins one (the plugin reads the same property). */
    private static final Pattern AS_OF = Pattern.compile("<edcomply.asOf>([0-9-]+)</edcomply.asOf>");

    @Test
    void twoRunsOnTheSameInputGiveTheSameBytesInEveryFormat() {
        for (String example : List.of("k12-reading-app", "student-portal")) {
            Path root = EXAMPLES.resolve(example).toAbsolutePath();
            for (ReportFormat format : ReportFormat.values()) {
                byte[] first = format.render(report(root));
                byte[] second = format.render(report(root));
                assertArrayEquals(first, second, example + " " + format.id());
            }
        }
    }

    private static ComplianceReport report(Path root) {
        AnalysisResult analysis = EdComply.analyse(AnalysisRequest.mavenLayout(root, 17, List.of()));
        TriageResult triage = new Triage(EdComply.builtInCatalog().rules(), LocalDate.of(2026, 1, 1))
                .apply(analysis, root, "", List.of(), null);
        return ComplianceReport.of("ReadAlong", "", analysis, triage, Map.of());
    }

    /**
     * Each example's analysis gives the findings its {@code expected-findings.txt} lists (the
     * integration tests check the same through a real Maven build; this runs in seconds).
     */
    @Test
    void examplesGiveTheirExpectedFindings() throws IOException {
        List<Path> dirs;
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            dirs = list.filter(d -> Files.exists(d.resolve("expected-findings.txt"))).sorted().toList();
        }
        assertFalse(dirs.isEmpty());
        for (Path dir : dirs) {
            List<String> expected = Files.readAllLines(dir.resolve("expected-findings.txt")).stream().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            List<String> actual = EdComply.analyse(request(dir)).findings().stream().map(f -> f.severity() + " " + f.requirementId() + " " + f.location().toShortString())
                    .toList();
            assertEquals(String.join("\n", expected), String.join("\n", actual), dir.toString());
        }
    }

    /**
     * The example's analysis as its build runs it: an example whose findings depend on dates the
     * law sets pins the day with {@code <edcomply.asOf>} in its pom, so they do not change with the calendar.
     */
    private static AnalysisRequest request(Path dir) throws IOException {
        AnalysisRequest request = AnalysisRequest.mavenLayout(dir.toAbsolutePath(), 17, List.of());
        Matcher asOf = AS_OF.matcher(Files.readString(dir.resolve("pom.xml")));
        return asOf.find() ? request.withRules(new JurisdictionOptions(LocalDate.parse(asOf.group(1)),
                JurisdictionOptions.DEFAULT_HORIZON_DAYS, null, null)) : request;
    }

    /** Users run the examples directly, so they name the plugin version literally; keep it current. */
    @Test
    void examplesUseThisBuildsVersion() throws IOException {
        Pattern version = Pattern.compile("<edcomply.version>([^<]+)</edcomply.version>");
        List<Path> poms;
        try (Stream<Path> dirs = Files.list(EXAMPLES)) {
            poms = dirs.map(d -> d.resolve("pom.xml")).filter(Files::exists).sorted().toList();
        }
        assertFalse(poms.isEmpty());
        for (Path pom : poms) {
            Matcher m = version.matcher(Files.readString(pom));
            assertEquals(true, m.find(), pom + " declares edcomply.version");
            assertEquals(EdComply.version(), m.group(1), pom.toString());
        }
    }
}
