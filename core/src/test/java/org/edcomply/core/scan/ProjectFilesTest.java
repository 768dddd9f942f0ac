package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.scan.template.TemplateScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links inside the project are followed; links out of it, loops and links to nothing are not, and
 * each is reported where it is, so nothing outside the project is read and nothing is skipped silently.
 */
class ProjectFilesTest {

    @TempDir
    Path dir;
    Path project;
    Path outside;

    @BeforeEach
    void layout() throws Exception {
        project = Files.createDirectories(dir.resolve("project"));
        outside = Files.createDirectories(dir.resolve("home/.secrets"));
        Files.writeString(outside.resolve("application.yml"), "spring.datasource.password: hunter2\n");
        Path resources = Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(resources.resolve("application.properties"), "a=1\n");
        Path shared = Files.createDirectories(project.resolve("shared-config"));
        Files.writeString(shared.resolve("application-shared.properties"), "b=2\n");
        Files.createSymbolicLink(resources.resolve("shared"), Path.of("../../../shared-config"));       // inside: followed
        Files.createSymbolicLink(resources.resolve("application-prod.yml"), outside.resolve("application.yml"));
        Files.createSymbolicLink(resources.resolve("home"), outside);                                  // folder outside
        Files.createSymbolicLink(resources.resolve("loop"), Path.of("."));                             // itself
        Files.createSymbolicLink(resources.resolve("application-gone.yml"), Path.of("missing.yml"));   // nothing
        Files.createSymbolicLink(resources.resolve("notes.txt"), outside.resolve("application.yml"));  // not read anyway
    }

    @Test
    void linksInsideAreFollowedOthersAreReportedWhereTheyAre() {
        ProjectFiles files = new ProjectFiles(project);
        List<Path> found = files.under(project.resolve("src/main/resources"), ConfigFileScanner::accepts);

        assertEquals(List.of("src/main/resources/application.properties",
                        "src/main/resources/shared/application-shared.properties"),
                found.stream().map(p -> ProjectFiles.display(project, p)).toList());
        assertEquals(List.of(
                "src/main/resources/application-gone.yml LINK_NOT_FOLLOWED a link to missing.yml, which does not exist; "
                        + "EdComply reads only files inside the project",
                "src/main/resources/application-prod.yml LINK_NOT_FOLLOWED a link to the file " + outside.resolve("application.yml")
                        + ", outside the project; EdComply reads only files inside the project",
                "src/main/resources/home LINK_NOT_FOLLOWED a link to the folder " + outside
                        + ", outside the project; EdComply reads only files inside the project",
                "src/main/resources/loop LINK_NOT_FOLLOWED a link to ., a folder that contains the link itself; "
                        + "EdComply reads only files inside the project"),
                files.skipped().stream().map(p -> p.location() + " " + p.kind() + " " + p.detail()).toList());
    }

    @Test
    void aSourceRootThatIsItselfALinkOutOfTheProjectIsNotRead() throws Exception {
        Files.createDirectories(project.resolve("src/main"));
        Files.createSymbolicLink(project.resolve("src/main/java"), outside);
        Files.writeString(outside.resolve("Stolen.java"), "class Stolen {}");
        ProjectFiles files = new ProjectFiles(project);

        assertEquals(List.of(), files.under(project.resolve("src/main/java"), p -> p.toString().endsWith(".java")));
        assertEquals(List.of("src/main/java"), files.skipped().stream().map(p -> p.location().toString()).toList());
    }

    @Test
    void aFolderTheBuildNamesOutsideTheProjectIsReadButItsLinksMayNotLeaveIt() throws Exception {
        Path sharedRoot = Files.createDirectories(dir.resolve("org-templates"));
        Files.writeString(sharedRoot.resolve("page.html"), "<html lang=en><title>t</title></html>");
        Files.createSymbolicLink(sharedRoot.resolve("private.html"), outside.resolve("application.yml"));
        ProjectFiles files = new ProjectFiles(project);

        List<Path> found = files.under(sharedRoot, TemplateScanner::accepts);

        assertEquals(List.of(sharedRoot.resolve("page.html")), found);
        assertEquals(List.of("../org-templates/private.html"),
                files.skipped().stream().map(p -> p.location().toString()).toList());
    }

    @Test
    void theTemplateScannerReportsWhatItDidNotFollow() throws Exception {
        Path templates = Files.createDirectories(project.resolve("src/main/resources/templates"));
        Files.createSymbolicLink(templates.resolve("index.html"), outside.resolve("application.yml"));

        TemplateScanner.Result result = TemplateScanner.scan(project, TemplateScanner.DEFAULT_ROOTS);

        assertEquals(0, result.files());
        assertEquals(List.of("src/main/resources/templates/index.html"), result.facts().stream()
                .filter(AnalysisProblem.class::isInstance).map(f -> ((AnalysisProblem) f).location().toString()).toList());
    }

    @Test
    void inAFolderTheConfigurationNamesALinkOutIsAnError() throws Exception {
        Path rules = Files.createDirectories(project.resolve("src/compliance/rules"));
        Files.createSymbolicLink(rules.resolve("acme.drl"), outside.resolve("application.yml"));

        InputException e = assertThrows(InputException.class, () -> ProjectFiles.configured(project, rules,
                p -> p.toString().endsWith(".drl")));
        assertEquals("src/compliance/rules/acme.drl", e.location().toString());
    }
}
