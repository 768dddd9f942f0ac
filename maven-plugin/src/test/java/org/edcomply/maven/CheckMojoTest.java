package org.edcomply.maven;

import static org.apache.maven.api.plugin.testing.MojoExtension.getVariableValueFromObject;
import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check goal's wiring: parameters, their defaults, and what each does to a run. */
@MojoTest
class CheckMojoTest {

    private static final String POM = "src/test/resources/projects/minimal/pom.xml";

    @TempDir
    Path out;

    /** A real project model over the fixture folder; the harness's own project is a mock. */
    private void onFixture(CheckMojo mojo) throws Exception {
        Path base = Path.of("src/test/resources/projects/minimal").toAbsolutePath();
        Model model = new Model();
        model.setGroupId("org.edcomply.test");
        model.setArtifactId("minimal");
        model.setVersion("1.0");
        model.setPackaging("jar");
        Build build = new Build();
        build.setDirectory(out.resolve("target").toString());
        Resource resources = new Resource();
        resources.setDirectory(base.resolve("src/main/resources").toString());
        build.addResource(resources);
        model.setBuild(build);
        MavenProject project = new MavenProject(model);
        project.setFile(base.resolve("pom.xml").toFile());
        project.addCompileSourceRoot(base.resolve("src/main/java").toString());
        setVariableValueToObject(mojo, "project", project);
        setVariableValueToObject(mojo, "outputDirectory", out.resolve("edcomply").toFile());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void defaultsAndPomConfiguration(CheckMojo mojo) throws Exception {
        assertEquals("HIGH", getVariableValueFromObject(mojo, "failOn"));
        assertEquals(false, getVariableValueFromObject(mojo, "skip"));
        assertEquals(List.of("us-coppa"), getVariableValueFromObject(mojo, "jurisdictions"));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void findingsAtOrAboveFailOnFailTheBuildAfterTheReportIsWritten(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("EdComply: 1 finding at or above HIGH"), e.getMessage());
        String json = Files.readString(out.resolve("edcomply/findings.json"));
        assertTrue(json.contains("\"requirement\" : \"COPPA-PARENTAL-CONSENT\""), json);
        assertFalse(json.contains("GDPR"), "the pom's jurisdictions replace the manifest's");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOn", value = "BLOCKER")
    void findingsBelowFailOnAreOnlyWarnings(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        mojo.execute();
        assertTrue(Files.exists(out.resolve("edcomply/findings.json")));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "skip", value = "true")
    void skipDoesNothing(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        mojo.execute();
        assertFalse(Files.exists(out.resolve("edcomply")));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOn", value = "SEVERE")
    void anUnknownSeverityIsAConfigurationError(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("EdComply: failOn 'SEVERE' is not a severity; expected one of BLOCKER, HIGH, MEDIUM, LOW, INFO",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "jurisdictions", value = "eu-gdpr,us-copa")
    void anUnknownJurisdictionIsAConfigurationError(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains("unknown jurisdiction 'us-copa'; did you mean 'us-coppa'?"), e.getMessage());
        assertFalse(new File(out.toFile(), "edcomply/findings.json").exists());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void theFailureListsBlockingFindingsWithFileLineAndCitationAfterEveryReportIsWritten(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("\n  HIGH COPPA-PARENTAL-CONSENT edcomply.yaml:3 (16 CFR 312.5(a)(1))\n"), e.getMessage());
        for (String report : List.of("findings.json", "edcomply.html", "edcomply.sarif")) {
            assertTrue(Files.exists(out.resolve("edcomply").resolve(report)), report);
        }
        assertFalse(Files.exists(out.resolve("edcomply/TEST-edcomply.xml")), "only the default formats");
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "warnOnly", value = "true")
    void warnOnlyReportsButNeverFails(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        mojo.execute();
        assertTrue(Files.readString(out.resolve("edcomply/findings.json")).contains("\"status\" : \"active\""));
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "failOn", value = "BLOCKER")
    @MojoParameter(name = "maxFindings", value = "0")
    void maxFindingsCountsActiveFindingsOfAnySeverity(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().matches("(?s)EdComply: [0-9]+ active findings? exceeds? maxFindings=0.*"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "junit,gitlab,markdown,csv")
    void formatsChooseTheReports(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        assertThrows(MojoFailureException.class, mojo::execute);
        try (var files = Files.list(out.resolve("edcomply"))) {
            assertEquals(List.of("TEST-edcomply.xml", "data-inventory.csv", "edcomply-summary.md", "gl-code-quality-report.json"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "formats", value = "sarif,pdf")
    void anUnknownFormatIsAConfigurationError(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals("EdComply: formats: unknown report format 'pdf'. Known formats: json, html, sarif, junit, gitlab, markdown, csv, all.",
                e.getMessage());
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void aMalformedSuppressionsFileIsAConfigurationErrorWithItsPosition(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        Path file = out.resolve("edcomply-suppressions.yaml");
        Files.writeString(file, "suppressions:\n  - requirement: COPPA-PARENTAL-CONSENT\n    path: edcomply.yaml\n");
        setVariableValueToObject(mojo, "suppressionsFile", file.toFile());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().contains(":2:5: missing required key 'reason'"), e.getMessage());
    }

    /** A source root under the build directory, as annotation processors and code generators make. */
    private Path generatedSourceRoot(CheckMojo mojo) throws Exception {
        Path generated = out.resolve("target/generated-sources/annotations");
        Files.createDirectories(generated.resolve("demo"));
        Files.writeString(generated.resolve("demo/GeneratedChildMapper.java"), """
                package demo;

                import org.edcomply.annotations.DataCategory;
                import org.edcomply.annotations.DataSubject;
                import org.edcomply.annotations.PersonalData;
                import org.slf4j.Logger;

                class GeneratedChildMapper {
                    private Logger log;
                    @PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD)
                    private String nickname;

                    void map() {
                        log.info("mapped {}", nickname);
                    }
                }
                """);
        MavenProject project = (MavenProject) getVariableValueFromObject(mojo, "project");
        project.addCompileSourceRoot(generated.toString());
        return generated;
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    void generatedSourcesAreLeftOutByDefault(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        generatedSourceRoot(mojo);
        assertEquals(false, getVariableValueFromObject(mojo, "includeGeneratedSources"));
        assertThrows(MojoFailureException.class, mojo::execute);
        String json = Files.readString(out.resolve("edcomply/findings.json"));
        assertFalse(json.contains("GeneratedChildMapper"), json);
    }

    @Test
    @InjectMojo(goal = "check", pom = POM)
    @MojoParameter(name = "includeGeneratedSources", value = "true")
    void generatedSourcesCanBeIncluded(CheckMojo mojo) throws Exception {
        onFixture(mojo);
        generatedSourceRoot(mojo);
        assertThrows(MojoFailureException.class, mojo::execute);
        String json = Files.readString(out.resolve("edcomply/findings.json"));
        assertTrue(json.contains("\"requirement\" : \"COPPA-CHILD-DATA-IN-LOGS\""), json);
        assertTrue(json.contains("GeneratedChildMapper.java"), json);
    }
}
