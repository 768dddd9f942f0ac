package org.edcomply.core.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edcomply.core.model.PersonalDataElement;

/**
 * Scans a project's Java files one at a time and keeps only what the data-flow resolution needs,
 * never a syntax tree: memory grows with the facts, not with the code.
 */
public final class JavaProject {

    private final JavaSourceScanner scanner;
    private final String languageLevel;
    private final List<Object> facts = new ArrayList<>();
    private final List<TypeSummary> types = new ArrayList<>();
    private final List<SinkCall> sinks = new ArrayList<>();
    private final List<JavaFileFacts.Import> imports = new ArrayList<>();

    /** @param javaRelease the project's Java release, for the parser's language level; null = newest */
    public JavaProject(Integer javaRelease) {
        this.scanner = new JavaSourceScanner(javaRelease);
        this.languageLevel = JavaSourceScanner.languageLevel(javaRelease).name();
    }

    JavaSourceScanner scanner() {
        return scanner;
    }

    /** The parser's language level: what a file's facts depend on besides its content. */
    String languageLevel() {
        return languageLevel;
    }

    /** Scans one file. */
    public void add(Path file, String display) {
        add(scanner.scanFile(file, display));
    }

    /** Adds what one file yielded, scanned elsewhere (on a pool thread, or read from the cache). */
    void add(JavaFileFacts scanned) {
        facts.addAll(scanned.facts());
        types.addAll(scanned.types());
        sinks.addAll(scanned.sinks());
        imports.addAll(scanned.imports());
    }

    /** Every file's facts, plus the personal-data flows resolved across files. */
    public List<Object> facts() {
        List<Object> all = new ArrayList<>(facts);
        all.addAll(DataFlows.resolve(elements(facts), types, sinks));
        return all;
    }

    /** The imports of every file, for finding third-party services. */
    List<JavaFileFacts.Import> imports() {
        return List.copyOf(imports);
    }

    static List<PersonalDataElement> elements(List<Object> facts) {
        return facts.stream().filter(PersonalDataElement.class::isInstance).map(PersonalDataElement.class::cast).toList();
    }
}
