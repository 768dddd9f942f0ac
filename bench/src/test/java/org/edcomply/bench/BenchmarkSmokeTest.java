package org.edcomply.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smoke configuration, so that it keeps working: the smallest generated code base
 * (one entity with the code around it), every measured process run once as a real process (the
 * floor, EdComply cold and warm, PMD, the rule base alone). It checks that the processes ran on
 * the same files, that the warm run took everything from the cache, that EdComply found something,
 * and that the table shows every figure with the ratios of the measured times. It does not judge
 * the times themselves, which are the benchmark's to report.
 */
class BenchmarkSmokeTest {

    @TempDir
    static Path work;

    static Benchmark bench;
    static Benchmark.Row row;

    @BeforeAll
    static void runSmokeConfiguration() throws Exception {
        // C1 only and the serial collector: these processes live for seconds and share two cores
        bench = new Benchmark(Benchmark.Options.parse(new String[] {"--lines", "1", "--threads", "2",
                "--work", work.toString(), "--jvm-option", "-XX:TieredStopAtLevel=1",
                "--jvm-option", "-XX:+UseSerialGC"}));
        List<Benchmark.Row> rows = bench.runAll();
        assertEquals(1, rows.size());
        row = rows.get(0);
    }

    @Test
    void everyProcessRanOverTheSameJavaFiles() {
        assertTrue(row.javaFiles() > 0 && row.javaLines() > 0, row.toString());
        assertEquals(row.javaFiles(), row.floor().metric("files"), "the floor parsed every Java file");
        assertEquals(0, row.floor().metric("problems"), "the generated code parses");
        assertEquals(row.javaFiles(), row.pmd().metric("files"), "PMD analysed the same files");
        assertEquals(0, row.pmd().metric("errors"), "PMD processed every file");
        assertTrue(row.pmd().metric("violations") > 0, "PMD's quickstart ruleset found something");
        assertTrue(row.otherFiles() > 0, "configuration, templates and the manifest were read too");
    }

    @Test
    void edComplyFindsTheGeneratedProblemsWithEveryRequirementLoaded() {
        assertTrue(row.cold().metric("findings") > 0, "findings on the generated code base");
        assertTrue(row.cold().metric("requirements") > 100, "all jurisdictions selected: "
                + row.cold().metric("requirements"));
        assertTrue(row.ready().metric("rules") > 0 && row.ready().metric("ruleBaseLoadMillis") > 0,
                "the rule base was built in its own process");
        assertTrue(row.cold().metric("ruleBaseLoadMillis") > 0, "the cold run built the rules");
    }

    @Test
    void theWarmRunTakesEverythingFromTheCacheAndFindsTheSame() {
        assertEquals(0, row.cold().metric("filesFromCache"));
        long scanned = row.cold().metric("files");
        assertEquals(scanned - row.modules(), row.warm().metric("filesFromCache"), "all but the manifests");
        assertEquals(row.modules(), row.warm().metric("modulesWithFindingsFromCache"));
        assertEquals(-1, row.warm().metric("ruleBaseLoadMillis"), "the warm run never built the rules");
        assertEquals(row.cold().metric("findings"), row.warm().metric("findings"));
    }

    @Test
    void theTableShowsEveryFigureAndTheRatiosOfTheMeasuredTimes() {
        String table = bench.report(List.of(row));
        List<String> lines = table.lines().toList();
        String header = lines.stream().filter(l -> l.startsWith("| code base | modules")).findFirst().orElseThrow();
        for (String column : List.of("Java files", "other files", "Java lines", "floor", "PMD quickstart",
                "EdComply cold", "cold scan", "EdComply warm", "rule base load", "rule firing", "findings",
                "peak heap", "peak RSS")) {
            assertTrue(header.contains("| " + column + " |"), column + " in " + header);
        }
        List<String> figures = cells(lines, 0);
        assertEquals(cells(header).size(), figures.size(), table);
        assertEquals(String.format(Locale.ROOT, "%,d", row.javaLines()), figures.get(4));
        assertEquals(seconds(row.floor().wallMillis()), figures.get(5));
        assertEquals(seconds(row.pmd().wallMillis()), figures.get(6));
        assertEquals(seconds(row.cold().wallMillis()), figures.get(7));
        assertEquals(seconds(row.warm().wallMillis()), figures.get(9));
        assertTrue(figures.get(14).matches("[0-9,]+ MiB \\(floor [0-9,]+ MiB, PMD [0-9,]+ MiB\\)"), figures.get(14));

        List<String> ratios = cells(lines, 1);
        assertEquals(7, ratios.size(), table);
        assertEquals(ratio(row.cold().wallMillis(), row.floor().wallMillis()), number(ratios.get(1)), 0.0051);
        assertEquals(ratio(row.cold().metric("scanMillis"), row.floor().metric("millis")), number(ratios.get(2)), 0.0051);
        assertEquals(ratio(row.cold().wallMillis(), row.pmd().wallMillis()), number(ratios.get(3)), 0.0051);
        assertEquals(ratio(row.warm().wallMillis(), row.cold().wallMillis()), number(ratios.get(4)), 0.0051);
        assertTrue(ratios.get(5).startsWith(row.ready().metric("ruleBaseLoadMillis") + " ms"), ratios.get(5));
    }

    @Test
    void theCodeBaseIsGeneratedTheSameWayEveryTime() throws Exception {
        Path again = work.resolve("again");
        CodeBase.generate(again, 1);
        Path first = work.resolve("edtech-1");
        assertEquals(Files.readString(first.resolve("service-00/src/main/resources/application.yml")),
                Files.readString(again.resolve("service-00/src/main/resources/application.yml")));
        assertEquals(javaText(first), javaText(again));
    }

    /** The cells of the {@code n}-th table's only data row. */
    private static List<String> cells(List<String> lines, int n) {
        List<String> rows = lines.stream().filter(l -> l.startsWith("| generated ")).toList();
        return cells(rows.get(n));
    }

    private static List<String> cells(String line) {
        return List.of(line.substring(2, line.length() - 2).split(" \\| "));
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.2f s", millis / 1000.0);
    }

    private static double ratio(long a, long b) {
        return (double) a / b;
    }

    private static double number(String cell) {
        return Double.parseDouble(cell.split(" ")[0]);
    }

    private static String javaText(Path root) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Path f : Benchmark.javaFiles(Benchmark.discoverModules(root))) {
            sb.append(root.relativize(f)).append('\n').append(Files.readString(f));
        }
        return sb.toString();
    }
}
