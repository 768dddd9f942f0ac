package org.edcomply.jurisdictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.fixture.Fixture;
import org.edcomply.core.fixture.FixtureRunner;
import org.edcomply.core.jurisdiction.Jurisdiction;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.jurisdiction.JurisdictionParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes docs/rule-authoring.md on a copy of the jurisdiction files: every file it writes, every
 * replacement and addition it describes, and every output it shows must really happen, in order.
 * Steps are marked in the document with HTML comments ({@code <!-- doctest:... -->}) followed by a
 * fenced block.
 */
class RuleAuthoringDocTest {

    private static final Pattern STEP = Pattern.compile(
            "<!-- doctest:(file|replace|by|append|output)(?: ([^ ]+))? -->\\s*\\n```[a-z]*\\n(.*?)```", Pattern.DOTALL);

    @TempDir
    Path copy;

    @Test
    void theWalkthroughDoesWhatItSays() throws IOException {
        Path repo = Path.of("..");
        copyJurisdictions(repo.resolve("jurisdictions"), copy.resolve("jurisdictions"));
        String doc = Files.readString(repo.resolve("docs/rule-authoring.md"));
        Matcher m = STEP.matcher(doc);
        String pendingReplace = null;
        String pendingPath = null;
        int steps = 0;
        while (m.find()) {
            String kind = m.group(1);
            String path = m.group(2);
            String block = m.group(3);
            steps++;
            switch (kind) {
                case "file" -> {
                    Path target = copy.resolve(path);
                    Files.createDirectories(target.getParent());
                    Files.writeString(target, block);
                }
                case "replace" -> {
                    pendingReplace = block;
                    pendingPath = path;
                }
                case "by" -> {
                    Path target = copy.resolve(pendingPath);
                    String text = Files.readString(target);
                    assertEquals(1, count(text, pendingReplace), pendingPath + " must contain the shown text exactly once");
                    Files.writeString(target, text.replace(pendingReplace, block));
                    pendingReplace = null;
                }
                case "append" -> Files.writeString(copy.resolve(path), Files.readString(copy.resolve(path)) + block);
                case "output" -> {
                    List<String> lines = runFixtures();
                    for (String expected : block.strip().lines().toList()) {
                        assertTrue(lines.contains(expected.strip()), "the document shows\n  " + expected
                                + "\nbut the fixtures print\n  " + String.join("\n  ", lines));
                    }
                }
                default -> throw new AssertionError(kind);
            }
        }
        assertTrue(steps >= 10, "the walkthrough's steps are marked (" + steps + " found)");
    }

    /** What {@code mvn -pl jurisdictions -am test} prints for the copied files. */
    private List<String> runFixtures() throws IOException {
        Path dir = copy.resolve("jurisdictions");
        EdComply.Catalog builtIn = EdComply.builtInCatalog();
        JurisdictionParser parser = new JurisdictionParser(builtIn.checks());
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                jurisdictions.add(parser.parse(Files.readString(f), "jurisdictions/" + f.getFileName()));
            }
        }
        JurisdictionCatalog catalog = new JurisdictionCatalog(jurisdictions, List.of(), builtIn.checks());
        EdComply.Catalog edited = new EdComply.Catalog(builtIn.checks(), catalog, builtIn.rules());
        FixtureRunner runner = new FixtureRunner(JurisdictionOptions.defaults(), edited);
        List<String> lines = new ArrayList<>();
        for (Fixture f : FixtureRunner.find(dir.resolve("fixtures"))) {
            lines.add(runner.run(f, catalog).line());
        }
        return lines;
    }

    private static void copyJurisdictions(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.filter(p -> !p.toString().contains("/target") && !p.toString().contains("/src")).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
