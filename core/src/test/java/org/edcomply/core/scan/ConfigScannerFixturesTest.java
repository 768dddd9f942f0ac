package org.edcomply.core.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.edcomply.core.model.Location;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every folder under {@code src/test/resources/scanners/} is a small project: its configuration
 * files are scanned as EdComply scans a project, and the facts must be exactly those of its
 * {@code expected-facts.txt}, one per line in location order. Adding a case needs no Java.
 */
class ConfigScannerFixturesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/scanners");
    static final String EXPECTED = "expected-facts.txt";

    @TestFactory
    Stream<DynamicTest> everyFixture() throws IOException {
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(FIXTURES)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty());
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> check(dir)));
    }

    private static void check(Path dir) throws IOException {
        String actual = String.join("\n", scan(dir));
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(EXPECTED))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                expected.add(line);
            }
        }
        assertEquals(String.join("\n", expected), actual, dir.resolve(EXPECTED).toString());
    }

    /** The facts of every configuration file of a fixture project, as lines in location order. */
    static List<String> scan(Path dir) {
        List<Object> facts = new ArrayList<>();
        for (Path file : ProjectFiles.inFolder(dir, ConfigFileScanner::accepts)) {
            facts.addAll(ConfigFileScanner.scan(file, ProjectFiles.display(dir, file)));
        }
        return facts.stream()
                .sorted(Comparator.comparing(ConfigScannerFixturesTest::location).thenComparing(FactText::of))
                .map(FactText::of).toList();
    }

    static Location location(Object fact) {
        try {
            return (Location) fact.getClass().getMethod("location").invoke(fact);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(fact + " has no location", e);
        }
    }

    /** Prints the facts of a fixture, to review them when writing its expected file. */
    public static void main(String[] args) {
        scan(FIXTURES.resolve(args[0])).forEach(System.out::println);
    }
}
