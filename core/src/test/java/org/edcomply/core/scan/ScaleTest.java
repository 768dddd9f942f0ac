package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.model.PersonalDataElement;
import org.edcomply.core.model.PersonalDataFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 50,000-line project scans file by file without keeping syntax trees: retained memory stays
 * with the facts (a retained JavaParser tree costs about 2.2 KB per line, 110 MB here). Speed at
 * scale is the benchmark's ({@code bench/run}); this test only guards memory, on a size big enough
 * to tell trees from facts.
 */
class ScaleTest {

    private static final int FILES = 200;

    @TempDir
    Path dir;

    @Test
    void a50kLineProjectScansWithoutKeepingTrees() throws Exception {
        int lines = 0;
        for (int i = 0; i < FILES; i++) {
            String source = source(i);
            lines += source.split("\n", -1).length - 1;
            Files.writeString(dir.resolve("Learner" + i + ".java"), source);
        }
        assertTrue(lines >= 50_000, "lines: " + lines);
        long before = usedHeap();
        long start = System.nanoTime();
        JavaProject project = new JavaProject(21);
        for (int i = 0; i < FILES; i++) {
            project.add(dir.resolve("Learner" + i + ".java"), "Learner" + i + ".java");
        }
        List<Object> facts = project.facts();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long retained = usedHeap() - before;
        long elements = facts.stream().filter(PersonalDataElement.class::isInstance).count();
        long flows = facts.stream().filter(PersonalDataFlow.class::isInstance).count();
        System.out.printf("Scale: %d lines in %d files scanned in %d ms (%.0f lines/s); %d elements, %d flows; "
                + "retained heap after the scan %.1f MB%n", lines, FILES, millis, lines * 1000.0 / millis, elements,
                flows, retained / 1e6);
        assertEquals(FILES * 3L, elements);
        assertEquals(FILES * 2L, flows);
        assertTrue(retained < 30_000_000L, "retained " + retained + " bytes: syntax trees are being kept");
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** A 250-line entity with a service method that logs two of its fields. */
    private static String source(int n) {
        StringBuilder sb = new StringBuilder("""
                package edu.scale;

                import jakarta.persistence.Entity;
                import org.slf4j.Logger;

                @Entity
                public class Learner%d {
                    private static Logger log;
                    private String firstName;
                    private String guardianEmail;
                    private int readingLevel;
                """.formatted(n));
        int written = 11;
        int m = 0;
        while (written < 240) {
            sb.append("    int step").append(m).append("(int x) {\n")
                    .append("        int y = x * ").append(m).append(";\n")
                    .append("        return y + 1;\n")
                    .append("    }\n");
            written += 4;
            m++;
        }
        sb.append("    void greet() {\n")
                .append("        log.info(\"hello {} <{}>\", firstName, guardianEmail);\n")
                .append("    }\n");
        written += 3;
        while (written < 249) {
            sb.append("    // padding\n");
            written++;
        }
        sb.append("}\n");
        return sb.toString();
    }
}
