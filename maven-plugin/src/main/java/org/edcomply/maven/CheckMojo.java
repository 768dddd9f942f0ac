package org.edcomply.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.EdComply;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.Severity;
import org.edcomply.core.report.FindingsJsonWriter;
import org.edcomply.core.scan.ManifestReader;
import org.edcomply.core.scan.template.TemplateScanner;

/**
 * Checks the project against the requirements of the jurisdictions it serves and fails the build
 * when a finding is at or above {@code failOn}. Writes {@code findings.json} before deciding.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skips the check entirely. */
    @Parameter(property = "edcomply.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Jurisdiction ids to check against, e.g. {@code us-coppa,eu-gdpr}. Empty: the
     * {@code jurisdictions} of the project's {@code edcomply.yaml}.
     */
    @Parameter(property = "edcomply.jurisdictions")
    private List<String> jurisdictions;

    /**
     * The lowest severity that fails the build: {@code BLOCKER}, {@code HIGH}, {@code MEDIUM},
     * {@code LOW} or {@code INFO}. Findings below it are logged as warnings.
     */
    @Parameter(property = "edcomply.failOn", defaultValue = "HIGH")
    private String failOn;

    /**
     * More folders of templates and static pages to check for accessibility, besides
     * {@code src/main/resources/templates}, {@code static}, {@code public}, {@code META-INF/resources}
     * and {@code src/main/webapp}.
     */
    @Parameter(property = "edcomply.templateDirectories")
    private List<File> templateDirectories;

    /** Where the reports are written. */
    @Parameter(property = "edcomply.outputDirectory", defaultValue = "${project.build.directory}/edcomply")
    private File outputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("EdComply: skipped (edcomply.skip=true)");
            return;
        }
        Path basedir = project.getBasedir().toPath();
        if ("pom".equals(project.getPackaging()) && !Files.exists(basedir.resolve(ManifestReader.FILE_NAME))) {
            getLog().info("EdComply: skipped pom-packaged module without " + ManifestReader.FILE_NAME);
            return;
        }
        Severity threshold = threshold();
        AnalysisResult result;
        Path report;
        try {
            result = EdComply.analyse(request(basedir));
            report = FindingsJsonWriter.write(result, outputDirectory.toPath());
        } catch (InputException | InputErrors e) {
            // the user's input is wrong: say where and what, no stack trace
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        }
        new FindingLog(getLog(), basedir).report(result, threshold, basedir.relativize(report).toString());
    }

    private AnalysisRequest request(Path basedir) {
        List<Path> sources = new ArrayList<>();
        Path buildDir = Path.of(project.getBuild().getDirectory());
        for (String root : project.getCompileSourceRoots()) {
            Path p = Path.of(root);
            if (!p.startsWith(buildDir)) { // generated sources are not the team's code
                sources.add(p);
            }
        }
        List<Path> resources = new ArrayList<>();
        for (Resource r : project.getResources()) {
            resources.add(Path.of(r.getDirectory()));
        }
        List<String> selected = jurisdictions == null ? List.of()
                : jurisdictions.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<Path> templates = new ArrayList<>(TemplateScanner.DEFAULT_ROOTS);
        if (templateDirectories != null) {
            templateDirectories.forEach(d -> templates.add(d.toPath()));
        }
        return new AnalysisRequest(basedir, JavaRelease.of(project.getProperties()), selected, sources, resources,
                templates);
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: failOn " + e.getMessage());
        }
    }
}
