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

    /**
     * What a template holds once parsed, without the references resolved across templates: kept
     * in the incremental cache in place of parsing an unchanged file again.
     */
    record Snapshot(String file, TemplateDialect dialect, List<Object> facts, List<Reference> references,
                    List<Location> referenceLocations, Location html, int bodyOffset, boolean hasTitle, String title,
                    boolean titleDynamic, String lang, boolean langDynamic, Location langLocation,
                    boolean fragmentLibrary) {
    }

    Snapshot snapshot() {
        return new Snapshot(file, dialect, List.copyOf(facts), List.copyOf(references), List.copyOf(referenceLocations),
                html, bodyOffset, hasTitle, title, titleDynamic, lang, langDynamic, langLocation, fragmentLibrary);
    }

    /** A fresh template (nothing resolved yet) with a snapshot's content. */
    static ParsedTemplate of(Snapshot s) {
        ParsedTemplate t = new ParsedTemplate(s.file(), s.dialect());
        t.facts.addAll(s.facts());
        t.references.addAll(s.references());
        t.referenceLocations.addAll(s.referenceLocations());
        t.html = s.html();
        t.bodyOffset = s.bodyOffset();
        t.hasTitle = s.hasTitle();
        t.title = s.title();
        t.titleDynamic = s.titleDynamic();
        t.lang = s.lang();
        t.langDynamic = s.langDynamic();
        t.langLocation = s.langLocation();
        t.fragmentLibrary = s.fragmentLibrary();
        return t;
    }

    /** Layouts, and includes placed before the body: what may bring the head of the document. */
    boolean isHeadReference(int i) {
        Reference r = references.get(i);
        return r.layout() || bodyOffset < 0 || r.offset() < bodyOffset;
    }
}
