package org.edcomply.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.ScanOptions;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.report.ReportFormat;
import org.edcomply.core.report.Reports;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes one report for the whole reactor: every module analysed (from its sources on disk, so the
 * reactor order does not matter), with paths relative to the top of the build. Each module's
 * {@code edcomply-suppressions.yaml} and {@code edcomply-baseline.json} at its root apply. It
 * reports, it does not judge: the {@code check} goal of each module is the gate.
 */
@Mojo(name = "aggregate", aggregator = true, defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class AggregateMojo extends AbstractRulesMojo {

    @Parameter(defaultValue = "${reactorProjects}", readonly = true, required = true)
    private List<MavenProject> reactorProjects;

    @Parameter(property = "edcomply.skip", defaultValue = "false")
    private boolean skip;

    /** As for {@code check}: jurisdiction ids for every module, empty for each module's manifest. */
    @Parameter(property = "edcomply.jurisdictions")
    private List<String> jurisdictions;

    /** Where the reactor's reports are written. */
    @Parameter(property = "edcomply.aggregateOutputDirectory",
            defaultValue = "${project.build.directory}/edcomply-aggregate")
    private File outputDirectory;

    /** As for {@code check}. */
    @Parameter(property = "edcomply.formats", defaultValue = "json,html,sarif")
    private List<String> formats;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("EdComply: skipped (edcomply.skip=true)");
            return;
        }
        List<ReportFormat> chosen = Mojos.formats(formats);
        List<ComplianceReport> modules = new ArrayList<>();
        ScanOptions scan = Mojos.scan(this::scanOptions);
        try {
            for (MavenProject module : reactorProjects) {
                ModuleAnalysis analysis = ModuleAnalysis.withConventions(module, jurisdictions, session, ruleOptions(),
                        includeGeneratedSources, templateRoots()).withScan(scan, incremental);
                if (analysis.applies()) {
                    modules.add(analysis.run(true).report());
                }
            }
        } catch (InputException | InputErrors e) {
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        }
        if (modules.isEmpty()) {
            getLog().info("EdComply: no module to aggregate");
            return;
        }
        String name = project.getName() != null && !project.getName().isBlank() ? project.getName() : project.getArtifactId();
        ComplianceReport report = ComplianceReport.merge(name, modules);
        Map<ReportFormat, Path> written = Reports.write(report, chosen, outputDirectory.toPath());
        getLog().info("EdComply: " + report.modules().size() + " modules, " + report.findings().size() + " findings ("
                + report.count(TriagedFinding::isActive) + " active); reports: "
                + FindingLog.reportList(written, project.getBasedir().toPath()));
    }
}
