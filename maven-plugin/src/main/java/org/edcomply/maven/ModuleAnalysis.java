package org.edcomply.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.AnalysisRun;
import org.edcomply.core.AnalysisStats;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.ScanOptions;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.scan.ManifestReader;
import org.edcomply.core.triage.Baseline;
import org.edcomply.core.triage.Suppression;
import org.edcomply.core.triage.SuppressionFile;
import org.edcomply.core.triage.Triage;
import org.edcomply.core.triage.TriageResult;

/**
 * One module's analysis as every goal runs it: Maven's source and resource roots into an
 * {@link AnalysisRequest}, then suppressions and baseline applied. Holds no state between
 * executions, so modules can be checked in parallel ({@code mvn -T}); the compiled rules are
 * shared by all of them.
 */
final class ModuleAnalysis {

    private final MavenProject project;
    private final List<String> jurisdictions;
    private final Path suppressionsFile;
    private final Path baselineFile;
    private final String module;
    private final JurisdictionOptions rules;
    private final boolean includeGeneratedSources;
    private final List<Path> templateRoots;
    private ScanOptions scan = ScanOptions.defaults();
    private boolean incremental;

    /**
     * @param suppressionsFile the suppressions file (read when it exists)
     * @param baselineFile     the baseline (used when it exists), or null to ignore any
     */
    ModuleAnalysis(MavenProject project, List<String> jurisdictions, File suppressionsFile, File baselineFile,
                   MavenSession session, JurisdictionOptions rules, boolean includeGeneratedSources,
                   List<Path> templateRoots) {
        this.project = project;
        this.jurisdictions = jurisdictions == null ? List.of()
                : jurisdictions.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        this.suppressionsFile = suppressionsFile == null ? null : suppressionsFile.toPath();
        this.baselineFile = baselineFile == null ? null : baselineFile.toPath();
        this.module = modulePath(project, session);
        this.rules = rules;
        this.includeGeneratedSources = includeGeneratedSources;
        this.templateRoots = List.copyOf(templateRoots);
    }

    /**
     * Scans with these options; with {@code incremental}, the module's cache is kept in
     * {@code target/edcomply}.
     */
    ModuleAnalysis withScan(ScanOptions options, boolean incremental) {
        this.scan = options;
        this.incremental = incremental;
        return this;
    }

    /** Where the module's incremental cache is kept. */
    Path cacheDirectory() {
        return Path.of(project.getBuild().getDirectory()).resolve("edcomply");
    }

    /** Same project, with the conventional file locations at the module root. */
    static ModuleAnalysis withConventions(MavenProject project, List<String> jurisdictions, MavenSession session,
                                          JurisdictionOptions rules, boolean includeGeneratedSources,
                                          List<Path> templateRoots) {
        Path base = project.getBasedir().toPath();
        Path overlays = base.resolve("src/compliance/jurisdictions");
        JurisdictionOptions own = new JurisdictionOptions(rules.asOf(), rules.horizonDays(),
                java.nio.file.Files.isDirectory(overlays) ? overlays : null, rules.customRulesDirectory());
        return new ModuleAnalysis(project, jurisdictions, base.resolve(SuppressionFile.FILE_NAME).toFile(),
                base.resolve(Baseline.FILE_NAME).toFile(), session, own, includeGeneratedSources, templateRoots);
    }

    Path basedir() {
        return project.getBasedir().toPath();
    }

    String module() {
        return module;
    }

    /** pom-packaged modules are checked only when they carry a manifest of their own. */
    boolean applies() {
        return appliesTo(project);
    }

    static boolean appliesTo(MavenProject project) {
        return !"pom".equals(project.getPackaging())
                || Files.exists(project.getBasedir().toPath().resolve(ManifestReader.FILE_NAME));
    }

    /** The report, with suppressions and (when {@code useBaseline}) the baseline applied. */
    Outcome run(boolean useBaseline) {
        AnalysisRun run = EdComply.run(request(), incremental ? scan.withCache(cacheDirectory()) : scan);
        AnalysisResult analysis = run.result();
        List<Suppression> suppressions = suppressionsFile == null ? List.of()
                : SuppressionFile.readIfPresent(suppressionsFile, basedir());
        Baseline baseline = null;
        if (useBaseline && baselineFile != null) {
            baseline = Baseline.readIfPresent(baselineFile, display(baselineFile)).orElse(null);
        }
        EdComply.Catalog catalog = EdComply.builtInCatalog();
        TriageResult triage = new Triage(catalog.rules(), rules.asOf())
                .apply(analysis, basedir(), module, suppressions, baseline);
        Map<String, String> names = new LinkedHashMap<>();
        catalog.jurisdictions().all().forEach((id, j) -> names.put(id, j.name()));
        return new Outcome(ComplianceReport.of(projectName(), module, analysis, triage, names), triage, analysis,
                run.stats());
    }

    /** A report, the triage it was made from, and what the analysis cost. */
    record Outcome(ComplianceReport report, TriageResult triage, AnalysisResult analysis, AnalysisStats stats) {
    }

    String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = basedir().toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    String projectName() {
        return project.getName() != null && !project.getName().isBlank() ? project.getName() : project.getArtifactId();
    }

    private AnalysisRequest request() {
        List<Path> sources = new ArrayList<>();
        Path buildDir = Path.of(project.getBuild().getDirectory());
        for (String root : project.getCompileSourceRoots()) {
            Path p = Path.of(root);
            if (includeGeneratedSources || !p.startsWith(buildDir)) { // generated sources are not the team's code
                sources.add(p);
            }
        }
        List<Path> resources = new ArrayList<>();
        for (Resource r : project.getResources()) {
            resources.add(Path.of(r.getDirectory()));
        }
        // the resolved compile and runtime dependencies, transitive ones included, for third-party services;
        // none resolved (e.g. a reactor module seen from the aggregate goal): pom.xml is read instead
        List<String> dependencies = project.getArtifacts().isEmpty() ? null : project.getArtifacts().stream()
                .map(a -> a.getGroupId() + ":" + a.getArtifactId() + ":" + a.getVersion()).sorted().toList();
        return new AnalysisRequest(basedir(), JavaRelease.of(project.getProperties()), jurisdictions, sources, resources,
                templateRoots, dependencies, rules);
    }

    /** The module's folder relative to the top of the build, {@code ""} for the top itself. */
    static String modulePath(MavenProject project, MavenSession session) {
        if (session == null || session.getTopLevelProject() == null || session.getTopLevelProject().getBasedir() == null) {
            return "";
        }
        Path top = session.getTopLevelProject().getBasedir().toPath().toAbsolutePath().normalize();
        Path base = project.getBasedir().toPath().toAbsolutePath().normalize();
        return base.startsWith(top) ? top.relativize(base).toString().replace('\\', '/') : "";
    }
}
