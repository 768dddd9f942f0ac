package org.edcomply.core.scan;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseException;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.edcomply.core.classify.PersonalDataClassifier;
import org.edcomply.core.classify.ThirdPartyCatalog;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;

/**
 * Parses Java sources one file at a time and keeps only the facts: the syntax tree is dropped as
 * soon as the file is done, so memory does not grow with the project. A file with syntax errors is
 * reported as a problem (with the first error's position) and whatever could be recovered from it
 * is still used.
 *
 * <p>One parser per thread, each with its own configuration: JavaParser instances are not
 * thread-safe, and the static parser's configuration is shared with Drools' code generator.
 */
public final class JavaSourceScanner {

    static final LanguageLevel NEWEST = LanguageLevel.JAVA_25;

    private final ThreadLocal<JavaParser> parser;
    private final PersonalDataClassifier classifier = PersonalDataClassifier.builtIn();
    private final ThirdPartyCatalog catalog = ThirdPartyCatalog.builtIn();

    /** @param javaRelease the project's {@code maven.compiler.release}/{@code source}, or null */
    public JavaSourceScanner(Integer javaRelease) {
        LanguageLevel level = languageLevel(javaRelease);
        this.parser = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(level)
                .setAttributeComments(false)));
    }

    /** The JavaParser level for a Java release, clamped to what the parser knows. */
    public static LanguageLevel languageLevel(Integer release) {
        if (release == null) {
            return NEWEST;
        }
        if (release <= 8) {
            return LanguageLevel.JAVA_8;
        }
        for (int r = release; r > 8; r--) {
            try {
                LanguageLevel level = LanguageLevel.valueOf("JAVA_" + r);
                return level.ordinal() > NEWEST.ordinal() ? NEWEST : level;
            } catch (IllegalArgumentException notKnown) {
                // try the previous release
            }
        }
        return NEWEST;
    }

    /**
     * Scans one file on its own: its facts, with the data flows that stay within the file.
     * {@link JavaProject} resolves flows across files.
     *
     * @param display the file relative to the project root, as shown in findings
     */
    public List<Object> scan(Path file, String display) {
        JavaFileFacts scanned = scanFile(file, display);
        List<Object> facts = new ArrayList<>(scanned.facts());
        facts.addAll(DataFlows.resolve(JavaProject.elements(scanned.facts()), scanned.types(), scanned.sinks()));
        return facts;
    }

    /** Parses one file, extracts what it tells, and drops its syntax tree. */
    JavaFileFacts scanFile(Path file, String display) {
        String text;
        try {
            text = InputLimits.readText(file, display);
        } catch (InputException e) {
            return new JavaFileFacts(List.of(e.asFact("")),
                    List.of(), List.of(), List.of());
        }
        ParseResult<CompilationUnit> result = parser.get().parse(text);
        List<Object> facts = new ArrayList<>();
        List<TypeSummary> types = new ArrayList<>();
        List<SinkCall> sinks = new ArrayList<>();
        List<JavaFileFacts.Import> imports = new ArrayList<>();
        if (!result.isSuccessful()) {
            facts.add(problem(result.getProblems(), display));
        }
        result.getResult().ifPresent(cu -> {
            ImportedNames names = new ImportedNames(cu);
            PersonalDataExtractor.extract(cu, display, names, classifier, facts, types);
            new SinkScanner(display, names, catalog, sinks).scan(cu);
            facts.addAll(SuppressionExtractor.extract(cu, display));
            cu.getImports().stream().filter(i -> !i.isStatic()).forEach(i -> imports.add(new JavaFileFacts.Import(
                    i.getBegin().map(p -> new Location(display, p.line, p.column)).orElse(Location.ofFile(display)),
                    i.getNameAsString(), i.isAsterisk())));
        });
        return new JavaFileFacts(facts, types, sinks, imports);
    }

    /**
     * Where the parser stopped: the token after the last good one. The problem's own range runs
     * from the last good token to wherever recovery ended, often the end of the file.
     */
    private static Optional<Location> offendingToken(Problem problem, String display) {
        return problem.getCause()
                .filter(ParseException.class::isInstance)
                .map(c -> ((ParseException) c).currentToken)
                .filter(t -> t != null && t.next != null && t.next.beginLine > 0)
                .map(t -> new Location(display, t.next.beginLine, t.next.beginColumn));
    }

    private static AnalysisProblem problem(List<Problem> problems, String display) {
        Problem first = problems.get(0);
        String message = Optional.ofNullable(first.getMessage()).orElse("syntax error").lines().findFirst().orElse("");
        Location at = offendingToken(first, display)
                .or(() -> first.getLocation().flatMap(t -> t.toRange())
                        .map(r -> new Location(display, r.begin.line, r.begin.column)))
                .orElse(Location.ofFile(display));
        int expected = message.indexOf(", expected one of");
        if (expected > 0) {
            message = message.substring(0, expected);
        }
        if (message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "";
        return new AnalysisProblem(at, AnalysisProblem.UNPARSABLE,
                "Java source could not be fully parsed: " + message + more);
    }
}
