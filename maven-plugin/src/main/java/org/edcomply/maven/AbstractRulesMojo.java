package org.edcomply.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import java.time.Duration;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.ScanOptions;
import org.edcomply.core.scan.template.TemplateScanner;

/**
 * What every goal shares: the project, and how requirements are chosen (the day whose law
 * applies, the early-warning horizon, the organisation's overlays and custom rules).
 */
abstract class AbstractRulesMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    protected MavenSession session;

    /**
     * The day whose law applies, {@code YYYY-MM-DD}; default today. Requirements carry effective
     * dates (the COPPA amendments' compliance date, the ADA Title II deadlines).
     */
    @Parameter(property = "edcomply.asOf")
    protected String asOf;

    /** Requirements taking effect within this many days are reported as INFO early warnings. */
    @Parameter(property = "edcomply.horizonDays", defaultValue = "180")
    protected int horizonDays;

    /**
     * The organisation's own jurisdiction files and overlays (YAML): add requirements, change a
     * severity or parameter, or disable one with a recorded reason. Ignored when it does not exist.
     */
    @Parameter(property = "edcomply.overlayDirectory", defaultValue = "${project.basedir}/src/compliance/jurisdictions")
    protected File overlayDirectory;

    /**
     * A directory of custom check types (DRL files, each with its {@code .check.yaml}). DRL is
     * code: it is loaded only from a directory named here, never found by convention.
     */
    @Parameter(property = "edcomply.customRulesDirectory")
    protected File customRulesDirectory;

    /**
     * Also scans generated sources (source roots under the build directory, such as
     * {@code target/generated-sources}). Off by default: generated code is not the team's to fix.
     */
    @Parameter(property = "edcomply.includeGeneratedSources", defaultValue = "false")
    protected boolean includeGeneratedSources;

    /**
     * More folders of templates and static pages to check for accessibility, besides
     * {@code src/main/resources/templates}, {@code static}, {@code public}, {@code META-INF/resources}
     * and {@code src/main/webapp}.
     */
    @Parameter(property = "edcomply.templateDirectories")
    protected List<File> templateDirectories;

    /** Files scanned in parallel; 0 means one per available core. */
    @Parameter(property = "edcomply.threads", defaultValue = "0")
    protected int threads;

    /**
     * The bound on one file's scan, in seconds. A file still being scanned after it is reported as
     * a finding ({@code EDC-UNPARSABLE}: it could not be analysed) and the check goes on.
     */
    @Parameter(property = "edcomply.fileTimeoutSeconds", defaultValue = "60")
    protected int fileTimeoutSeconds;

    /**
     * Keeps what each file yielded, keyed by its content, in {@code target/edcomply}, and reuses it
     * when the file is unchanged; the findings are reused when nothing the rules see changed. A
     * changed file, rule, requirement or EdComply version is always analysed again.
     */
    @Parameter(property = "edcomply.incremental", defaultValue = "true")
    protected boolean incremental;

    /** @throws IllegalArgumentException naming the malformed parameter */
    protected ScanOptions scanOptions() {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (one per core) or more, was " + threads);
        }
        if (fileTimeoutSeconds < 1) {
            throw new IllegalArgumentException("fileTimeoutSeconds must be at least 1, was " + fileTimeoutSeconds);
        }
        return new ScanOptions(threads == 0 ? ScanOptions.defaultThreads() : threads,
                Duration.ofSeconds(fileTimeoutSeconds), null);
    }

    /** The template roots to scan: the conventional ones and those configured. */
    protected List<java.nio.file.Path> templateRoots() {
        List<java.nio.file.Path> roots = new java.util.ArrayList<>(TemplateScanner.DEFAULT_ROOTS);
        if (templateDirectories != null) {
            templateDirectories.forEach(d -> roots.add(d.toPath()));
        }
        return roots;
    }

    /** @throws IllegalArgumentException naming the malformed parameter */
    protected JurisdictionOptions ruleOptions() {
        return RuleOptions.of(asOf, horizonDays, overlayDirectory, customRulesDirectory);
    }
}
