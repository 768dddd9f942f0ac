package org.edcomply.core.scan.template;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The template languages EdComply reads, by file extension. */
enum TemplateDialect {
    /** Static HTML and Thymeleaf (whose templates are valid HTML). */
    HTML(false, ".html", ".htm"),
    /** JSP pages, fragments and tag files. */
    JSP(false, ".jsp", ".jspf", ".tag"),
    FREEMARKER(false, ".ftl", ".ftlh"),
    VELOCITY(false, ".vm"),
    /** JSF Facelets: XML. */
    JSF(true, ".xhtml");

    private final boolean xml;
    private final String[] extensions;

    TemplateDialect(boolean xml, String... extensions) {
        this.xml = xml;
        this.extensions = extensions;
    }

    boolean isXml() {
        return xml;
    }

    static Optional<TemplateDialect> of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (TemplateDialect d : values()) {
            for (String ext : d.extensions) {
                if (name.endsWith(ext)) {
                    return Optional.of(d);
                }
            }
        }
        return Optional.empty();
    }

    static boolean accepts(Path file) {
        return of(file).isPresent();
    }

    /** Fragments of a page by convention: never rendered as a document of their own. */
    static boolean isFragmentFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jspf") || name.endsWith(".tag");
    }
}
