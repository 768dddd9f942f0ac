package org.edcomply.core.scan.template;

import java.util.ArrayList;
import java.util.List;
import org.edcomply.core.model.Location;

/** What one template holds, before layouts are resolved across templates. */
final class ParsedTemplate {

    final String file;
    final TemplateDialect dialect;
    /** Facts of this file alone: elements, style rules, problems. */
    final List<Object> facts = new ArrayList<>();
    final List<Reference> references = new ArrayList<>();
    /** Resolved display paths of {@link #references}, {@code null} where not found; same order. */
    final List<String> resolved = new ArrayList<>();
    final List<Location> referenceLocations = new ArrayList<>();

    /** The {@code <html>} start tag, or {@code null} when the file has none. */
    Location html;
    /** Offset of {@code <body>}, or -1: includes before it are head content. */
    int bodyOffset = -1;
    boolean hasTitle;
    String title;
    boolean titleDynamic;
    String lang;
    boolean langDynamic;
    Location langLocation;
    /** Declares fragments for other templates (Thymeleaf {@code th:fragment} below {@code html}). */
    boolean fragmentLibrary;

    ParsedTemplate(String file, TemplateDialect dialect) {
        this.file = file;
        this.dialect = dialect;
    }

    /** Layouts, and includes placed before the body: what may bring the head of the document. */
    boolean isHeadReference(int i) {
        Reference r = references.get(i);
        return r.layout() || bodyOffset < 0 || r.offset() < bodyOffset;
    }
}
