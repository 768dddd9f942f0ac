package org.edcomply.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.Severity;
import org.edcomply.core.report.ReportFormat;
import org.edcomply.core.report.Reports;
import org.edcomply.core.scan.ManifestReader;

/**
 * Checks the project against the requirements of the jurisdictions it serves and fails the build
 * when an active finding is at or above {@code failOn}. Suppressed findings and findings in the
 * baseline are reported but never fail the build. Every report is written before the verdict.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class CheckMojo extends AbstractModuleMojo {

    /**
     * The lowest severity that fails the build: {@code BLOCKER}, {@code HIGH}, {@code MEDIUM},
     * {@code LOW} or {@code INFO}. Active findings below it are logged as warnings.
     */
    @Parameter(property = "edcomply.failOn", defaultValue = "HIGH")
    private String failOn;

    /** Reports and logs findings but never fails the build for them (configuration errors still do). */
    @Parameter(property = "edcomply.warnOnly", defaultValue = "false")
    private boolean warnOnly;

    /** Fails the build when there are more active findings than this, whatever their severity; -1: no limit. */
    @Parameter(property = "edcomply.maxFindings", defaultValue = "-1")
    private int maxFindings;

    /** Where the reports are written. */
    @Parameter(property = "edcomply.outputDirectory", defaultValue = "${project.build.directory}/edcomply")
    private File outputDirectory;

    /**
     * Report formats, comma-separated: {@code json} (findings.json), {@code html}, {@code sarif},
     * {@code junit}, {@code gitlab} (Code Quality), {@code markdown}, {@code csv} (data inventory), or {@code all}.
     */
    @Parameter(property = "edcomply.formats", defaultValue = "json,html,sarif")
    private List<String> formats;

    /** Fails the build when a suppression matches no finding. Stale suppressions are reported either way. */
    @Parameter(property = "edcomply.failOnStaleSuppressions", defaultValue = "false")
    private boolean failOnStaleSuppressions;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        ModuleAnalysis analysis = moduleAnalysis(true);
        if (!analysis.applies()) {
            getLog().info("EdComply: skipped pom-packaged module without " + ManifestReader.FILE_NAME);
            return;
        }
        Gate gate = new Gate(threshold(), warnOnly, maxFindings, failOnStaleSuppressions);
        List<ReportFormat> chosen = Mojos.formats(formats);
        ModuleAnalysis.Outcome outcome;
        Map<ReportFormat, Path> written;
        try {
            outcome = analysis.run(true);
            written = Reports.write(outcome.report(), chosen, outputDirectory.toPath());
        } catch (InputException | InputErrors | IllegalArgumentException e) {
            // the user's input is wrong: say where and what, no stack trace
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        }
        FindingLog.stats(getLog(), outcome.stats());
        outcome.analysis().disabled().forEach(d -> getLog().info("EdComply: " + d.requirement().id() + " disabled at "
                + d.where() + ": " + d.reason()));
        new FindingLog(getLog()).report(outcome.report(), gate, FindingLog.reportList(written, analysis.basedir()));
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: failOn " + e.getMessage());
        }
    }
}
