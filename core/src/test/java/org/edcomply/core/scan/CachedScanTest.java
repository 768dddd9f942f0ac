package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.edcomply.core.cache.ScanCache;
import org.edcomply.core.scan.template.TemplateScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of fact the scanners produce survives the incremental cache unchanged: each example
 * project is scanned, then scanned again with every file read from the cache, and the facts are
 * equal, in the same order. The cache file is the same bytes when nothing changed.
 */
class CachedScanTest {

    /**
     * The examples and the fixtures of EdComply's own fail-closed requirements: between them, every
     * fact type and every kind of input that cannot be read (links, binary files, broken syntax).
     */
    private static final List<Path> CORPORA = List.of(Path.of("../examples"), Path.of("../jurisdictions/fixtures/edcomply"));

    @TempDir
    Path cacheDir;

    @Test
    void everyExampleScansToTheSameFactsFromTheCache() throws IOException {
        Set<String> kinds = new HashSet<>();
        int projects = 0;
        for (Path project : projects()) {
            Path dir = cacheDir.resolve(String.valueOf(projects++));
            ProjectScan.Result cold = scan(project, ScanCache.open(dir, "test-engine"), true);
            ProjectScan.Result warm = scan(project, ScanCache.open(dir, "test-engine"), true);
            assertEquals(cold.files(), warm.filesFromCache(), project + ": every file from the cache");
            assertEquals(cold.facts(), warm.facts(), project.toString());
            byte[] first = Files.readAllBytes(dir.resolve(ScanCache.FILE_NAME));
            scan(project, ScanCache.open(dir, "test-engine"), true);
            assertEquals(new String(first), Files.readString(dir.resolve(ScanCache.FILE_NAME)), "same input, same bytes");
            cold.facts().forEach(f -> kinds.add(f.getClass().getSimpleName()));
        }
        assertTrue(projects >= 20, "projects found: " + projects);
        // the projects between them produce the fact types of every scanner
        assertTrue(kinds.containsAll(List.of("PersonalDataElement", "PersonalDataFlow", "ThirdPartyService",
                "ConfigSetting", "DatasourceConnection", "SessionCookieSetting", "LoggerLevel", "DatabaseColumn",
                "MarkupElement", "MarkupPage", "StyleRule", "CodeSuppression", "AnalysisProblem")), kinds.toString());
    }

    @Test
    void aScanWithoutACacheGivesTheSameFactsAsTheSequentialScanners() throws IOException {
        for (Path project : projects()) {
            ProjectScan.Result parallel = scan(project, ScanCache.none(), false);
            List<Object> sequential = new ArrayList<>();
            JavaProject java = new JavaProject(17);
            ProjectFiles files = new ProjectFiles(project);
            for (Path f : files.under(project.resolve("src/main/java"), p -> p.toString().endsWith(".java"))) {
                java.add(f, ProjectFiles.display(project, f));
            }
            sequential.addAll(java.facts());
            sequential.addAll(ThirdPartyServices.find(project, null, java));
            for (Path root : List.of(project.resolve("src/main/resources"), project.resolve("src/main/webapp"))) {
                for (Path f : files.under(root, ConfigFileScanner::accepts)) {
                    sequential.addAll(ConfigFileScanner.scan(f, ProjectFiles.display(project, f)));
                }
            }
            sequential.addAll(TemplateScanner.scan(project, TemplateScanner.DEFAULT_ROOTS, files).facts());
            sequential.addAll(files.skipped());
            assertEquals(sequential, parallel.facts(), project.toString());
        }
    }

    private static ProjectScan.Result scan(Path project, ScanCache cache, boolean save) {
        ProjectScan.Result result;
        try (ScanPool pool = new ScanPool(3, Duration.ofSeconds(120))) {
            result = ProjectScan.scan(new ProjectScan.Inputs(project, 17, List.of(project.resolve("src/main/java")),
                    List.of(project.resolve("src/main/resources"), project.resolve("src/main/webapp")),
                    TemplateScanner.DEFAULT_ROOTS, null), pool, cache);
        }
        if (save) {
            assertEquals("", cache.save());
        }
        return result;
    }

    /** Every folder of the corpora with a Maven source layout. */
    private static List<Path> projects() throws IOException {
        List<Path> projects = new ArrayList<>();
        for (Path corpus : CORPORA) {
            try (Stream<Path> walk = Files.walk(corpus.toAbsolutePath().normalize())) {
                walk.filter(p -> Files.isDirectory(p.resolve("src/main")) && !p.toString().contains("target"))
                        .sorted().forEach(projects::add);
            }
        }
        return projects;
    }
}
