package org.edcomply.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** JUnit XML, GitLab Code Quality, the Markdown summary, the CSV inventory, and how formats are chosen. */
class OtherFormatsTest {

    @TempDir
    Path project;

    @Test
    void junitHasOneCasePerRequirementPerFile() throws Exception {
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(JUnitXmlWriter.render(ReportFixture.build(project))));
        Element root = xml.getDocumentElement();
        assertEquals("testsuites", root.getTagName());
        // EDC-NO-MANIFEST/edcomply.yaml, GDPR-9/Learner.java, GDPR-32/props, COPPA/props
        assertEquals("4", root.getAttribute("tests"));
        assertEquals("2", root.getAttribute("failures"), "active findings fail their case");
        assertEquals("2", root.getAttribute("skipped"), "all-suppressed and baseline cases are skipped");
        NodeList cases = xml.getElementsByTagName("testcase");
        Element gdpr9 = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").equals("edcomply.eu-gdpr.GDPR-9-SPECIAL-CATEGORY")) {
                gdpr9 = c;
            }
        }
        assertEquals("src/main/java/edu/readalong/Learner.java", gdpr9.getAttribute("name"));
        Element failure = (Element) gdpr9.getElementsByTagName("failure").item(0);
        assertEquals("HIGH", failure.getAttribute("type"));
        assertTrue(failure.getTextContent().contains("Learner.java:7: Learner.faceTemplate is <b>BIOMETRIC</b> data & has no basis. (GDPR Art. 9(1))"),
                failure.getTextContent());
    }

    @Test
    void gitlabCodeQualityHasPathsLinesSeveritiesAndFingerprints() throws Exception {
        JsonNode issues = new ObjectMapper().readTree(GitLabCodeQualityWriter.render(ReportFixture.build(project)));
        assertEquals(5, issues.size());
        JsonNode face = issues.get(1);
        assertEquals("critical", face.get("severity").asText());
        assertEquals("src/main/java/edu/readalong/Learner.java", face.at("/location/path").asText());
        assertEquals(7, face.at("/location/lines/begin").asInt());
        assertTrue(face.get("fingerprint").asText().matches("[0-9a-f]{32}"));
        assertEquals(1, issues.get(0).at("/location/lines/begin").asInt(), "whole-file findings at line 1");
        assertEquals("info", issues.get(2).get("severity").asText());
        assertTrue(issues.get(2).get("description").asText().startsWith("[suppressed: Nurse notes; DPIA-3] "));
    }

    @Test
    void markdownSummaryForPullRequests() {
        String md = new String(MarkdownSummaryWriter.render(ReportFixture.build(project)), StandardCharsets.UTF_8);
        assertTrue(md.contains("**2 active findings** · 2 suppressed · 1 in the baseline · 1 fixed since the baseline"), md);
        assertTrue(md.contains("| European Union - GDPR (`eu-gdpr`) | 0 | 1 | 0 | 0 | 0 | 1 |"), md);
        assertTrue(md.contains("- **HIGH** `GDPR-9-SPECIAL-CATEGORY` `src/main/java/edu/readalong/Learner.java:7`: "
                + "Learner.faceTemplate is &lt;b&gt;BIOMETRIC&lt;/b&gt; data & has no basis. "
                + "([GDPR Art. 9(1)](https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9))"), md);
        assertTrue(md.contains("<details><summary>Suppressed findings (2)</summary>"));
        assertTrue(md.contains("Fix: Annotate Learner.faceTemplate with @\u200bLegalBasis."), "no @-mentions in comments");
    }

    @Test
    void csvInventoryListsEveryElementAndDefusesFormulas() throws Exception {
        String csv = new String(DataInventoryCsvWriter.render(ReportFixture.build(project)), StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertEquals(2, rows.size());
        CSVRecord allergies = rows.get(1);
        assertEquals("Learner.allergies", allergies.get("element"));
        assertEquals("HEALTH", allergies.get("category"));
        assertEquals("user.health_and_medical", allergies.get("categoryKey"));
        assertEquals("STUDENT", allergies.get("subject"));
        assertEquals("src/main/java/edu/readalong/Learner.java", allergies.get("file"));
        assertEquals("11", allergies.get("line"));
        assertEquals("ACCESS_LOGGED;ENCRYPTED", allergies.get("protections"));
        assertEquals("", allergies.get("retention"), "a column even before any scanner declares retention");
        assertEquals("'=HYPERLINK(\"x\")", allergies.get("legalBasis"), "a spreadsheet must not run it");
        assertTrue(csv.startsWith("module,file,line,column,element,owner,member,category,categoryKey,sensitivity,subject,"
                + "legalBasis,protections,retention,origin,evidence"), csv);
    }

    @Test
    void formatsAreChosenByNameAndAllAreWrittenTogether() throws Exception {
        assertEquals(ReportFormat.DEFAULTS, ReportFormat.parse(List.of()));
        assertEquals(List.of(ReportFormat.HTML, ReportFormat.SARIF), ReportFormat.parse(List.of("sarif, HTML")));
        assertEquals(7, ReportFormat.parse(List.of("all")).size());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse(List.of("sarrif")));
        assertEquals("unknown report format 'sarrif'; did you mean 'sarif'? Known formats: json, html, sarif, junit, gitlab, markdown, csv, all.",
                e.getMessage());
        Path out = project.resolve("target/edcomply");
        Map<ReportFormat, Path> written = Reports.write(ReportFixture.build(project), ReportFormat.parse(List.of("all")), out);
        assertEquals(7, written.size());
        for (Path p : written.values()) {
            assertTrue(Files.size(p) > 0, p.toString());
        }
        try (var files = Files.list(out)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }
}
