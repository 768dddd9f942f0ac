package org.edcomply.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sourceforge.pmd.PMDConfiguration;
import net.sourceforge.pmd.PmdAnalysis;
import net.sourceforge.pmd.lang.LanguageRegistry;
import net.sourceforge.pmd.reporting.ReportStats;

/**
 * The comparison: PMD with the quickstart ruleset that ships in {@code pmd-java} (about 300 rules),
 * as a whole process over the same Java files with the same number of threads, writing a text
 * report like a build would. PMD's incremental analysis is off, as EdComply's cache is in a cold run.
 *
 * <p>Arguments: the file that lists the Java files, the thread count, the Java release (or
 * {@code newest}), the report file.
 */
public final class PmdQuickstart {

    static final String RULESET = "rulesets/java/quickstart.xml";

    private PmdQuickstart() {
    }

    public static void main(String[] args) throws Exception {
        ProcessMetrics metrics = new ProcessMetrics();
        long start = System.nanoTime();
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
        PMDConfiguration config = new PMDConfiguration();
        config.setThreads(Integer.parseInt(args[1]));
        String version = "newest".equals(args[2]) ? null : args[2];
        config.setDefaultLanguageVersion(version == null
                ? LanguageRegistry.PMD.getLanguageById("java").getLatestVersion()
                : LanguageRegistry.PMD.getLanguageById("java").getVersion(version));
        config.addRuleSet(RULESET);
        config.setIgnoreIncrementalAnalysis(true);
        config.setReportFormat("text");
        config.setReportFile(Path.of(args[3]));
        ReportStats stats;
        try (PmdAnalysis pmd = PmdAnalysis.create(config)) {
            files.forEach(f -> pmd.files().addFile(f));
            stats = pmd.runAndReturnStats();
        }
        metrics.put("files", files.size());
        metrics.put("violations", stats.getNumViolations());
        metrics.put("errors", stats.getNumErrors());
        metrics.put("millis", (System.nanoTime() - start) / 1_000_000);
        metrics.print();
    }
}
