package org.edcomply.jurisdictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.fixture.Fixture;
import org.edcomply.core.fixture.FixtureResult;
import org.edcomply.core.fixture.FixtureRunner;
import org.edcomply.core.jurisdiction.Jurisdiction;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.model.Requirement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compliance officer's test: every fixture under {@code jurisdictions/fixtures} is analysed and
 * must give exactly the findings its {@code fixture.yaml} expects; a PASS/FAIL line per fixture is
 * printed. Every requirement must have at least one failing and one passing fixture.
 */
class JurisdictionFixturesTest {

    private static final Path ROOT = Path.of("fixtures");
    private static final List<Fixture> FIXTURES = FixtureRunner.find(ROOT);
    private static final JurisdictionCatalog CATALOG = EdComply.builtInCatalog().jurisdictions();
    private static final List<String> REPORT = new ArrayList<>();

    @TestFactory
    Stream<DynamicTest> everyFixture() {
        FixtureRunner runner = new FixtureRunner(JurisdictionOptions.defaults());
        return FIXTURES.stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> {
            FixtureResult result = runner.run(f, CATALOG);
            synchronized (REPORT) {
                REPORT.add(result.line());
            }
            assertTrue(result.passed(), result.line());
        }));
    }

    @Test
    void everyRequirementHasAFailingAndAPassingFixture() {
        Map<String, List<Fixture>> byRequirement = FixtureRunner.byRequirement(FIXTURES);
        List<String> missing = new ArrayList<>();
        for (Jurisdiction j : CATALOG.all().values()) {
            for (Requirement r : j.requirements()) {
                List<Fixture> fixtures = byRequirement.getOrDefault(r.id(), List.of());
                if (fixtures.stream().noneMatch(Fixture::expectsFindings)) {
                    missing.add(r.id() + " (no failing fixture)");
                }
                if (fixtures.stream().allMatch(Fixture::expectsFindings)) {
                    missing.add(r.id() + " (no passing fixture)");
                }
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void fixturesAreFiledUnderTheirJurisdictionAndRequirement() {
        for (Fixture f : FIXTURES) {
            String[] parts = f.name().split("/");
            assertEquals(f.requirement(), parts[1], f.name() + " is filed under another requirement");
            String kind = parts[parts.length - 1];
            assertTrue(kind.startsWith(f.expectsFindings() ? "fail-" : "pass-"),
                    f.name() + ": a fixture expecting findings is named fail-..., one expecting none pass-...");
        }
    }

    @AfterAll
    static void printTable() {
        REPORT.sort(null);
        System.out.println("\nRequirement fixtures (" + REPORT.size() + "):");
        REPORT.forEach(line -> System.out.println("  " + line));
    }
}
