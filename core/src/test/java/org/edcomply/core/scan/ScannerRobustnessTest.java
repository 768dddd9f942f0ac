package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration scanners meet broken files in real projects: every fixture, truncated at every
 * tenth of its length and with characters that matter to its syntax flipped at random (fixed seed),
 * must give facts or a problem fact, never an exception and never console output.
 */
class ScannerRobustnessTest {

    private static final String SYNTAX = " <>\"'=:-[]{}&;$\n\t#!*/\\()";

    @TempDir
    Path dir;

    @Test
    void brokenFilesGiveFactsOrProblemsNeverExceptions() throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/scanners"))) {
            fixtures = files.filter(Files::isRegularFile).filter(ConfigFileScanner::accepts).sorted().toList();
        }
        assertTrue(fixtures.size() > 10, fixtures.toString());
        Random random = new Random(20260401);
        List<String> failures = new ArrayList<>();
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        int runs = 0;
        try {
            System.setOut(new PrintStream(console));
            System.setErr(new PrintStream(console));
            for (Path fixture : fixtures) {
                byte[] original = Files.readAllBytes(fixture);
                Path file = dir.resolve("src/main/resources/db/changelog").resolve(fixture.getFileName());
                Files.createDirectories(file.getParent());
                for (int i = 0; i < 40; i++) {
                    byte[] broken = i < 10 ? Arrays.copyOf(original, original.length * i / 10) : flip(original, random);
                    Files.write(file, broken);
                    runs++;
                    try {
                        ConfigFileScanner.scan(file, fixture.getFileName().toString());
                    } catch (RuntimeException e) {
                        failures.add(fixture + " variant " + i + ": " + e);
                    }
                }
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertEquals(List.of(), failures, runs + " variants");
        assertEquals("", console.toString());
    }

    private static byte[] flip(byte[] original, Random random) {
        byte[] copy = original.clone();
        for (int k = 0; k < 1 + random.nextInt(5) && copy.length > 0; k++) {
            copy[random.nextInt(copy.length)] = (byte) SYNTAX.charAt(random.nextInt(SYNTAX.length()));
        }
        return copy;
    }
}
