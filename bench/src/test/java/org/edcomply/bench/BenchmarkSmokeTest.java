package org.edcomply.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's smoke configuration, so that it keeps working: a generated code base of a few
 * thousand lines, every measured process run once (the floor, EdComply cold and warm, PMD). It
 * checks that the processes ran on the same files and that the warm run took everything from the
 * cache; it does not judge times, which are the benchmark's to report.
 */
class BenchmarkSmokeTest {

    @TempDir
    Path work;

    @Test
    void smokeConfigurationRunsEveryProcessAndPrintsTheTable() throws Exception {
        Benchmark bench = new Benchmark(Benchmark.Options.parse(new String[] {"--lines", "3000", "--threads", "2",
                "--work", work.toString()}));
        List<Benchmark.Row> rows = bench.runAll();
        assertEquals(1, rows.size());
        Benchmark.Row row = rows.get(0);
        assertTrue(row.javaLines() >= 3000, "lines " + row.javaLines());
        assertEquals(row.javaFiles(), row.floor().metric("files"), "the floor parsed every Java file");
        assertEquals(0, row.floor().metric("problems"), "the generated code parses");
        assertEquals(row.javaFiles(), row.pmd().metric("files"), "PMD analysed the same files");
        assertEquals(0, row.pmd().metric("errors"), "PMD processed every file");
        assertTrue(row.pmd().metric("violations") > 0);
        assertTrue(row.otherFiles() > 0, "configuration, templates and the manifest were read too");
        assertEquals(0, row.cold().metric("filesFromCache"));
        long scanned = row.cold().metric("files");
        assertEquals(scanned - row.modules(), row.warm().metric("filesFromCache"), "all but the manifests from the cache");
        assertEquals(row.modules(), row.warm().metric("modulesWithFindingsFromCache"));
        assertEquals(row.cold().metric("findings"), row.warm().metric("findings"));
        assertTrue(row.cold().metric("findings") > 0);
        assertTrue(row.cold().metric("ruleBaseLoadMillis") > 0, "the cold run loaded the rules");

        String table = bench.report(rows);
        assertTrue(table.contains("| generated 3000 | 1 |"), table);
        assertTrue(table.contains("EdComply cold / floor"), table);
        // the code base is generated the same way every time
        Path again = work.resolve("again");
        CodeBase.generate(again, 3000);
        assertEquals(Files.readString(work.resolve("edtech-3000/service-00/src/main/resources/application.yml")),
                Files.readString(again.resolve("service-00/src/main/resources/application.yml")));
        assertEquals(javaText(work.resolve("edtech-3000")), javaText(again));
    }

    private static String javaText(Path root) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (Path f : Benchmark.javaFiles(Benchmark.discoverModules(root))) {
            sb.append(root.relativize(f)).append('\n').append(Files.readString(f));
        }
        return sb.toString();
    }
}
