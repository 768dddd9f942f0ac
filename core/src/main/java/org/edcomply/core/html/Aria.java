package org.edcomply.core.html;

import java.util.Set;
import java.util.TreeSet;
import org.edcomply.core.model.MarkupElement;

/** The roles and attributes of WAI-ARIA 1.2 (with DPUB-ARIA and Graphics ARIA roles). */
public final class Aria {

    private static final Set<String> ROLES = Set.of("alert", "alertdialog", "application", "article", "banner",
            "blockquote", "button", "caption", "cell", "checkbox", "code", "columnheader", "combobox", "complementary",
            "contentinfo", "definition", "deletion", "dialog", "directory", "document", "emphasis", "feed", "figure",
            "form", "generic", "grid", "gridcell", "group", "heading", "img", "image", "insertion", "link", "list",
            "listbox", "listitem", "log", "main", "marquee", "math", "menu", "menubar", "menuitem", "menuitemcheckbox",
            "menuitemradio", "meter", "navigation", "none", "note", "option", "paragraph", "presentation",
            "progressbar", "radio", "radiogroup", "region", "row", "rowgroup", "rowheader", "scrollbar", "search",
            "searchbox", "separator", "slider", "spinbutton", "status", "strong", "subscript", "superscript", "switch",
            "tab", "table", "tablist", "tabpanel", "term", "textbox", "time", "timer", "toolbar", "tooltip", "tree",
            "treegrid", "treeitem", "comment", "mark", "suggestion",
            "doc-abstract", "doc-acknowledgments", "doc-afterword", "doc-appendix", "doc-backlink", "doc-biblioentry",
            "doc-bibliography", "doc-biblioref", "doc-chapter", "doc-colophon", "doc-conclusion", "doc-cover",
            "doc-credit", "doc-credits", "doc-dedication", "doc-endnote", "doc-endnotes", "doc-epigraph",
            "doc-epilogue", "doc-errata", "doc-example", "doc-footnote", "doc-foreword", "doc-glossary",
            "doc-glossref", "doc-index", "doc-introduction", "doc-noteref", "doc-notice", "doc-pagebreak",
            "doc-pagefooter", "doc-pageheader", "doc-pagelist", "doc-part", "doc-preface", "doc-prologue",
            "doc-pullquote", "doc-qna", "doc-subtitle", "doc-tip", "doc-toc",
            "graphics-document", "graphics-object", "graphics-symbol");

    private static final Set<String> ATTRIBUTES = Set.of("aria-activedescendant", "aria-atomic",
            "aria-autocomplete", "aria-braillelabel", "aria-brailleroledescription", "aria-busy", "aria-checked",
            "aria-colcount", "aria-colindex", "aria-colindextext", "aria-colspan", "aria-controls", "aria-current",
            "aria-describedby", "aria-description", "aria-details", "aria-disabled", "aria-dropeffect",
            "aria-errormessage", "aria-expanded", "aria-flowto", "aria-grabbed", "aria-haspopup", "aria-hidden",
            "aria-invalid", "aria-keyshortcuts", "aria-label", "aria-labelledby", "aria-level", "aria-live",
            "aria-modal", "aria-multiline", "aria-multiselectable", "aria-orientation", "aria-owns",
            "aria-placeholder", "aria-posinset", "aria-pressed", "aria-readonly", "aria-relevant", "aria-required",
            "aria-roledescription", "aria-rowcount", "aria-rowindex", "aria-rowindextext", "aria-rowspan",
            "aria-selected", "aria-setsize", "aria-sort", "aria-valuemax", "aria-valuemin", "aria-valuenow",
            "aria-valuetext");

    private Aria() {
    }

    /** The role tokens of a static {@code role} value that ARIA does not define, space separated; {@code ""} if none. */
    public static String unknownRoles(String role) {
        if (role == null || role.isBlank()) {
            return "";
        }
        // a role attribute lists fallbacks; the first token a browser knows is used
        Set<String> unknown = new TreeSet<>();
        for (String token : role.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (ROLES.contains(token)) {
                return "";
            }
            unknown.add(token);
        }
        return String.join(" ", unknown);
    }

    /** The {@code aria-*} attributes of the element that ARIA does not define, space separated; {@code ""} if none. */
    public static String unknownAttributes(MarkupElement e) {
        Set<String> unknown = new TreeSet<>();
        for (String name : e.attributes().keySet()) {
            if (name.startsWith("aria-") && !ATTRIBUTES.contains(name)) {
                unknown.add(name);
            }
        }
        for (String name : e.dynamicAttributes()) {
            if (name.startsWith("aria-") && !ATTRIBUTES.contains(name)) {
                unknown.add(name);
            }
        }
        return String.join(" ", unknown);
    }
}
