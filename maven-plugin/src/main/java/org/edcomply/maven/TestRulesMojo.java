package org.edcomply.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.fixture.Fixture;
import org.edcomply.core.fixture.FixtureResult;
import org.edcomply.core.fixture.FixtureRunner;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.jurisdiction.Overlay;
import org.edcomply.core.model.Requirement;

/**
 * Runs the organisation's requirement fixtures and prints PASS or FAIL per fixture: the compliance
 * officer's test of an overlay edit. A fixture is a folder under {@code fixturesDirectory} with the
 * files one requirement reads and a {@code fixture.yaml} saying where it must fire, or that it
 * must not. Fails when a fixture fails.
 */
@Mojo(name = "test-rules", threadSafe = true)
public class TestRulesMojo extends AbstractRulesMojo {

    /** The fixtures, one folder each with a {@code fixture.yaml}. */
    @Parameter(property = "edcomply.fixturesDirectory", defaultValue = "${project.basedir}/src/compliance/fixtures")
    private File fixturesDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path basedir = project.getBasedir().toPath();
        List<FixtureResult> results = new ArrayList<>();
        List<String> uncovered;
        try {
            JurisdictionOptions options = ruleOptions();
            JurisdictionCatalog catalog = EdComply.jurisdictionsFor(basedir, options);
            List<Fixture> fixtures = FixtureRunner.find(fixturesDirectory.toPath());
            if (fixtures.isEmpty()) {
                getLog().warn("EdComply: no fixtures under " + basedir.relativize(fixturesDirectory.toPath().toAbsolutePath()));
            }
            FixtureRunner runner = new FixtureRunner(options);
            for (Fixture f : fixtures) {
                FixtureResult result = runner.run(f, catalog);
                results.add(result);
                if (result.passed()) {
                    getLog().info(result.line());
                } else {
                    getLog().error(result.line());
                }
            }
            uncovered = uncovered(catalog, fixtures);
        } catch (InputException | InputErrors | IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        }
        uncovered.forEach(u -> getLog().warn("EdComply: " + u));
        long failed = results.stream().filter(r -> !r.passed()).count();
        getLog().info("EdComply: " + results.size() + " fixtures, " + (results.size() - failed) + " passed, "
                + failed + " failed");
        if (failed > 0) {
            throw new MojoFailureException("EdComply: " + failed + " of " + results.size() + " requirement fixtures failed");
        }
    }

    /** The organisation's own requirements that lack a failing or a passing fixture. */
    private static List<String> uncovered(JurisdictionCatalog catalog, List<Fixture> fixtures) {
        Map<String, List<Fixture>> byRequirement = FixtureRunner.byRequirement(fixtures);
        List<String> out = new ArrayList<>();
        List<Requirement> own = new ArrayList<>();
        catalog.overlays().stream().map(Overlay::added).forEach(own::addAll);
        catalog.all().values().stream()
                .filter(j -> !j.definedAt().file().startsWith("jurisdictions/"))
                .forEach(j -> own.addAll(j.requirements()));
        for (Requirement r : own) {
            List<Fixture> mine = byRequirement.getOrDefault(r.id(), List.of());
            if (mine.stream().noneMatch(Fixture::expectsFindings)) {
                out.add(r.id() + " has no failing fixture (" + r.definedAt() + ")");
            }
            if (mine.stream().allMatch(Fixture::expectsFindings)) {
                out.add(r.id() + " has no passing fixture (" + r.definedAt() + ")");
            }
        }
        return out;
    }

}
