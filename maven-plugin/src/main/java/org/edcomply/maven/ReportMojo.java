package org.edcomply.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.report.AtomicFiles;
import org.edcomply.core.report.HtmlReportWriter;

/**
 * Contributes the HTML report to the Maven site ({@code mvn site}) as {@code edcomply-report.html}.
 * A site is documentation: this goal never fails the build, not even on a configuration error,
 * which it shows on the page and in the log instead.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.RUNTIME)
public class ReportMojo extends AbstractRulesMojo implements MavenReport {

    static final String OUTPUT_NAME = "edcomply-report";

    @Parameter(property = "edcomply.skip", defaultValue = "false")
    private boolean skip;

    /** As for {@code check}. */
    @Parameter(property = "edcomply.jurisdictions")
    private List<String> jurisdictions;

    /** As for {@code check}. */
    @Parameter(property = "edcomply.suppressionsFile", defaultValue = "${project.basedir}/edcomply-suppressions.yaml")
    private File suppressionsFile;

    /** As for {@code check}. */
    @Parameter(property = "edcomply.baselineFile", defaultValue = "${project.basedir}/edcomply-baseline.json")
    private File baselineFile;

    /** The site's output folder; the site plugin sets it when it runs the report. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    private File reportOutputDirectory;

    @Override
    public void execute() {
        if (skip) {
            getLog().info("EdComply: skipped (edcomply.skip=true)");
            return;
        }
        writeReport();
    }

    @Override
    public void generate(Sink sink, Locale locale) {
        if (!skip) {
            writeReport(); // an external report: the page is ours, the site's sink stays empty
        }
    }

    private void writeReport() {
        Path target = reportOutputDirectory.toPath().resolve(OUTPUT_NAME + ".html");
        byte[] page;
        try {
            ModuleAnalysis analysis = new ModuleAnalysis(project, jurisdictions, suppressionsFile, baselineFile, session,
                    ruleOptions(), includeGeneratedSources, templateRoots()).withScan(scanOptions(), incremental);
            page = HtmlReportWriter.render(analysis.run(true).report());
        } catch (RuntimeException e) {
            // documentation must not break the build; say what went wrong where the report would be
            String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            getLog().warn("EdComply: the compliance report could not be produced: " + problem);
            page = errorPage(problem);
        }
        try {
            AtomicFiles.write(target, page);
            getLog().info("EdComply: compliance report written to " + target);
        } catch (IOException e) {
            getLog().warn("EdComply: cannot write " + target + ": " + e.getMessage());
        }
    }

    static byte[] errorPage(String problem) {
        String escaped = problem.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>EdComply compliance report</title>"
                + "</head><body><h1>EdComply compliance report</h1><p>The report could not be produced:</p><pre>"
                + escaped + "</pre><p>Run <code>mvn verify</code> to see the same problem as a build error.</p>"
                + "</body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "EdComply compliance";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Data-privacy and accessibility findings with citations, fixes, suppressions and the personal-data inventory.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        this.reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return !skip && new ModuleAnalysis(project, jurisdictions, suppressionsFile, baselineFile, session,
                JurisdictionOptions.defaults(), includeGeneratedSources, templateRoots()).applies();
    }
}
