package org.edcomply.core.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.edcomply.core.jurisdiction.JurisdictionParser;
import org.edcomply.core.jurisdiction.TestCheckTypes;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.scan.ConfigFileScanner;
import org.edcomply.core.scan.JavaSourceScanner;
import org.edcomply.core.scan.ManifestReader;
import org.edcomply.core.scan.template.TemplateScanner;
import org.edcomply.core.triage.Baseline;
import org.edcomply.core.triage.SuppressionFile;

/**
 * Every kind of file EdComply reads, where a project keeps it, and the invariant it must keep on
 * any bytes at all: a scanner returns facts (an unreadable file being a problem fact located in
 * that file) and never throws; a configuration reader (manifest, jurisdictions, suppressions,
 * baseline) either reads the file or throws a clear {@link InputException} located in that file.
 * Anything else (an exception of another kind, a problem located elsewhere) is a failure.
 */
enum InputFormat {

    JAVA("src/main/java/edu/district/Pupil.java", Kind.SCANNER),
    SPRING_YAML("src/main/resources/application.yml", Kind.SCANNER),
    SPRING_PROPERTIES("src/main/resources/application.properties", Kind.SCANNER),
    WEB_XML("src/main/webapp/WEB-INF/web.xml", Kind.SCANNER),
    LOGGING_XML("src/main/resources/logback-spring.xml", Kind.SCANNER),
    PERSISTENCE_XML("src/main/resources/META-INF/persistence.xml", Kind.SCANNER),
    SQL_MIGRATION("src/main/resources/db/migration/V1__init.sql", Kind.SCANNER),
    LIQUIBASE_XML("src/main/resources/db/changelog/db.changelog-master.xml", Kind.SCANNER),
    LIQUIBASE_YAML("src/main/resources/db/changelog/002-guardians.yaml", Kind.SCANNER),
    HTML_TEMPLATE("src/main/resources/templates/page.html", Kind.TEMPLATE),
    JSP_TEMPLATE("src/main/webapp/WEB-INF/views/page.jsp", Kind.TEMPLATE),
    FREEMARKER_TEMPLATE("src/main/resources/templates/page.ftlh", Kind.TEMPLATE),
    VELOCITY_TEMPLATE("src/main/resources/templates/page.vm", Kind.TEMPLATE),
    FACELETS_TEMPLATE("src/main/webapp/page.xhtml", Kind.TEMPLATE),
    MANIFEST("edcomply.yaml", Kind.CONFIGURATION),
    JURISDICTION("src/compliance/jurisdictions/acme-district.yaml", Kind.CONFIGURATION),
    SUPPRESSIONS("edcomply-suppressions.yaml", Kind.CONFIGURATION),
    BASELINE("edcomply-baseline.json", Kind.CONFIGURATION);

    private enum Kind { SCANNER, TEMPLATE, CONFIGURATION }

    /** Enough of a check type for jurisdiction files to get past the check lookup into parameters and messages. */
    private static final CheckTypeRegistry CHECKS = TestCheckTypes.of("""
            check: parental-consent-below-age
            summary: Children below an age need verifiable parental consent.
            description: Fires when the audience's minimum age is below the parameter and no consent is declared.
            reads: [Audience, ParentalConsent]
            parameters:
              age: { type: integer, required: true, description: the age }
              mechanisms: { type: string-list, default: [], description: accepted mechanisms }
            placeholders:
              minAge: the audience's minimum age
            """);

    final String path;
    private final Kind kind;

    InputFormat(String path, Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    /** Writes {@code bytes} as this format's file in {@code project}. */
    void write(Path project, byte[] bytes) {
        try {
            Path file = project.resolve(path);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads this format's file in {@code project} and checks the invariant; throws AssertionError if broken. */
    void check(Path project) {
        Path file = project.resolve(path);
        List<Object> facts;
        try {
            facts = switch (this) {
                case JAVA -> new JavaSourceScanner(null).scan(file, path);
                case HTML_TEMPLATE, JSP_TEMPLATE, FREEMARKER_TEMPLATE, VELOCITY_TEMPLATE, FACELETS_TEMPLATE ->
                        TemplateScanner.scan(project, TemplateScanner.DEFAULT_ROOTS).facts();
                case MANIFEST -> ManifestReader.read(project).facts();
                case JURISDICTION -> {
                    new JurisdictionParser(CHECKS).parseAny(org.edcomply.core.io.InputLimits.readText(file, path), path);
                    yield List.of();
                }
                case SUPPRESSIONS -> {
                    SuppressionFile.read(file, project);
                    yield List.of();
                }
                case BASELINE -> {
                    Baseline.read(file, path);
                    yield List.of();
                }
                default -> ConfigFileScanner.scan(file, path);
            };
        } catch (InputException e) {
            requireConfiguration(e);
            requireHere(e);
            return;
        } catch (InputErrors e) {
            requireConfiguration(e);
            e.errors().forEach(this::requireHere);
            return;
        }
        for (Object fact : facts) {
            if (fact instanceof AnalysisProblem p && kind != Kind.TEMPLATE && !p.location().file().equals(path)) {
                throw new AssertionError(this + ": a problem located outside the file read: " + p);
            }
        }
    }

    private void requireConfiguration(RuntimeException e) {
        if (kind != Kind.CONFIGURATION) {
            throw new AssertionError(this + " must report what it cannot read as a problem fact, not throw", e);
        }
    }

    private void requireHere(InputException e) {
        if (!e.location().file().equals(path) || e.problem() == null || e.problem().isBlank()) {
            throw new AssertionError(this + ": an error must name this file and what was expected: " + e.getMessage(), e);
        }
    }
}
