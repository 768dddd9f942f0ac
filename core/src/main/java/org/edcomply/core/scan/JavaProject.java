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
    private final List<Object> facts = new ArrayList<>();
    private final List<TypeSummary> types = new ArrayList<>();
    private final List<SinkCall> sinks = new ArrayList<>();
    private final List<JavaFileFacts.Import> imports = new ArrayList<>();

    /** @param javaRelease the project's Java release, for the parser's language level; null = newest */
    public JavaProject(Integer javaRelease) {
        this.scanner = new JavaSourceScanner(javaRelease);
    }

    /** Scans one file. */
    public void add(Path file, String display) {
        JavaFileFacts scanned = scanner.scanFile(file, display);
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
