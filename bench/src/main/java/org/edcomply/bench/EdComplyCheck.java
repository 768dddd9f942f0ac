package org.edcomply.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.AnalysisRun;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.ScanOptions;
import org.edcomply.core.report.ComplianceReport;
import org.edcomply.core.report.ReportFormat;
import org.edcomply.core.report.Reports;
import org.edcomply.core.scan.template.TemplateScanner;
import org.edcomply.core.triage.Triage;
import org.edcomply.core.triage.TriageResult;

/**
 * EdComply as a whole process, doing what {@code mvn verify} does for each module minus Maven:
 * every scanner, every built-in requirement (all jurisdictions selected), triage, and the default
 * reports (JSON, HTML, SARIF) written to the module's {@code target/edcomply}, where the
 * incremental cache also lives. Modules run one after the other in one JVM, as in a reactor, so
 * they share the compiled rules.
 *
 * <p>Arguments: the file that lists the module roots, the thread count, the Java release (or
 * {@code newest}), {@code cache} or {@code no-cache}.
 */
public final class EdComplyCheck {

    /** A fixed day, so that every run applies the same law. */
    static final LocalDate AS_OF = LocalDate.of(2026, 7, 1);

    private EdComplyCheck() {
    }

    public static void main(String[] args) throws Exception {
        ProcessMetrics metrics = new ProcessMetrics();
        long start = System.nanoTime();
        List<Path> modules = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
        int threads = Integer.parseInt(args[1]);
        Integer release = "newest".equals(args[2]) ? null : Integer.valueOf(args[2]);
        boolean cache = "cache".equals(args[3]);

        long catalogStart = System.nanoTime();
        EdComply.Catalog catalog = EdComply.builtInCatalog();
        long catalogMillis = (System.nanoTime() - catalogStart) / 1_000_000;
        List<String> everyJurisdiction = catalog.jurisdictions().selectableIds();
        Map<String, String> names = new LinkedHashMap<>();
        catalog.jurisdictions().all().forEach((id, j) -> names.put(id, j.name()));

        long scan = 0;
        long ruleBase = 0;
        long rules = 0;
        long reports = 0;
        int files = 0;
        int fromCache = 0;
        int findings = 0;
        int findingsFromCache = 0;
        int requirements = 0;
        long facts = 0;
        for (Path module : modules) {
            Path output = module.resolve("target/edcomply");
            ScanOptions options = new ScanOptions(threads, ScanOptions.DEFAULT_FILE_TIMEOUT, cache ? output : null);
            AnalysisRequest request = new AnalysisRequest(module, release, everyJurisdiction,
                    List.of(sourceRoot(module)), List.of(Path.of("src/main/resources")), TemplateScanner.DEFAULT_ROOTS,
                    null, new JurisdictionOptions(AS_OF, JurisdictionOptions.DEFAULT_HORIZON_DAYS, null, null));
            AnalysisRun run = EdComply.run(request, options);
            long reportStart = System.nanoTime();
            TriageResult triage = new Triage(catalog.rules(), AS_OF).apply(run.result(), module, module.getFileName().toString(),
                    List.of(), null);
            ComplianceReport report = ComplianceReport.of(module.getFileName().toString(), "", run.result(), triage, names);
            Reports.write(report, ReportFormat.DEFAULTS, output);
            reports += (System.nanoTime() - reportStart) / 1_000_000;
            scan += run.stats().scanMillis();
            ruleBase += run.stats().ruleBaseMillis();
            rules += run.stats().rulesMillis();
            files += run.stats().files();
            fromCache += run.stats().filesFromCache();
            findings += run.result().findings().size();
            findingsFromCache += run.stats().findingsFromCache() ? 1 : 0;
            requirements = Math.max(requirements, run.result().requirementsApplied());
            facts += run.result().facts().size();
        }
        metrics.put("modules", modules.size());
        metrics.put("files", files);
        metrics.put("filesFromCache", fromCache);
        metrics.put("modulesWithFindingsFromCache", findingsFromCache);
        metrics.put("findings", findings);
        metrics.put("requirements", requirements);
        metrics.put("facts", facts);
        metrics.put("catalogMillis", catalogMillis);
        metrics.put("ruleBaseLoadMillis", catalog.rules().loadMillis());
        metrics.put("scanMillis", scan);
        metrics.put("ruleBaseWaitMillis", ruleBase);
        metrics.put("rulesMillis", rules);
        metrics.put("reportMillis", reports);
        metrics.put("millis", (System.nanoTime() - start) / 1_000_000);
        metrics.print();
    }

    /** {@code src/main/java} in a Maven module; every Java file of a folder that has none. */
    static Path sourceRoot(Path module) {
        Path maven = module.resolve("src/main/java");
        return Files.isDirectory(maven) ? Path.of("src/main/java") : Path.of("");
    }
}
