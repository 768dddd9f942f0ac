package org.edcomply.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.scan.ManifestReader;
import org.edcomply.core.triage.Baseline;
import org.edcomply.core.triage.BaselineEntry;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes the baseline: the fingerprints of the current findings, so that {@code check} fails only
 * on findings added later. Suppressed findings and EdComply's own findings about suppressions are
 * left out. Commit the file; regenerate it when the team accepts the current state again.
 */
@Mojo(name = "baseline", threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class BaselineMojo extends AbstractRulesMojo {

    @Parameter(property = "edcomply.skip", defaultValue = "false")
    private boolean skip;

    /** As for {@code check}: jurisdiction ids, empty for the manifest's. */
    @Parameter(property = "edcomply.jurisdictions")
    private List<String> jurisdictions;

    /** As for {@code check}: suppressed findings are not written to the baseline. */
    @Parameter(property = "edcomply.suppressionsFile", defaultValue = "${project.basedir}/edcomply-suppressions.yaml")
    private File suppressionsFile;

    /** The file to write. */
    @Parameter(property = "edcomply.baselineFile", defaultValue = "${project.basedir}/edcomply-baseline.json")
    private File baselineFile;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("EdComply: skipped (edcomply.skip=true)");
            return;
        }
        ModuleAnalysis analysis = new ModuleAnalysis(project, jurisdictions, suppressionsFile, null, session,
                Mojos.options(this::ruleOptions), includeGeneratedSources, templateRoots())
                .withScan(Mojos.scan(this::scanOptions), incremental);
        if (!analysis.applies()) {
            getLog().info("EdComply: skipped pom-packaged module without " + ManifestReader.FILE_NAME);
            return;
        }
        try {
            List<BaselineEntry> entries = analysis.run(false).triage().findings().stream()
                    .filter(TriagedFinding::isActive)
                    .filter(f -> !f.finding().requirementId().startsWith("EDC-SUPPRESSION-"))
                    .map(BaselineEntry::of)
                    .toList();
            Baseline baseline = new Baseline(analysis.display(baselineFile.toPath()), entries);
            baseline.write(baselineFile.toPath());
            getLog().info("EdComply: baseline of " + entries.size() + (entries.size() == 1 ? " finding" : " findings")
                    + " written to " + baseline.file() + "; commit it, and check fails only on new findings");
        } catch (InputException | InputErrors e) {
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        }
    }
}
