package org.edcomply.core.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One element of a template or static page, at the position of its start tag in the original file.
 * Component tags that render HTML (JSF {@code h:graphicImage}, Spring {@code form:input}) appear as
 * the element they render; template-only tags ({@code c:if}, {@code th:block}) do not appear.
 *
 * <p>Template syntax counts as present: an attribute set by template code ({@code th:alt},
 * {@code th:attr="alt=..."}, {@code alt="${...}"}, {@code <#if>} around it) is in
 * {@link #dynamicAttributes}, and content that template code writes ({@code th:text},
 * {@code <c:out>}, {@code ${...}}) makes {@link #nameDynamic} true. Checks fire only on what the
 * template says for certain.
 *
 * @param file              the template, relative to the project root
 * @param tag               the HTML element name, lower case, e.g. {@code img}
 * @param sourceTag         the tag as written, e.g. {@code h:graphicImage}
 * @param id                the static {@code id}, or {@code null} (absent or computed)
 * @param attributes        static attribute values by lower-case name
 * @param dynamicAttributes names of attributes whose value template code computes
 * @param name              the element's text alternative as far as it is static: its text, the
 *                          alt of images inside it, {@code aria-label}, {@code title}; computed for
 *                          elements named by their content (links, buttons, headings, labels, ...)
 * @param nameDynamic       template code may contribute to the name
 * @param ancestors         enclosing element names, nearest first
 * @param descendants       element names inside it; tracks also as {@code track:<kind>} ({@code track:*} when computed)
 * @param grouped           inside a {@code fieldset} with a {@code legend}, or a named
 *                          {@code radiogroup}/{@code group}
 * @param conditional       rendered only under a template condition or loop, so two such
 *                          elements may never be on the same page
 */
public record MarkupElement(
        Location location,
        String file,
        String tag,
        String sourceTag,
        String id,
        Map<String, String> attributes,
        Set<String> dynamicAttributes,
        String name,
        boolean nameDynamic,
        List<String> ancestors,
        Set<String> descendants,
        boolean grouped,
        boolean conditional) {

    private static final Set<String> NATIVELY_FOCUSABLE = Set.of("button", "select", "textarea", "iframe",
            "summary", "embed", "object", "audio", "video");
    private static final Set<String> UNLABELLED_INPUT_TYPES = Set.of("hidden", "submit", "reset", "button", "image");

    public MarkupElement {
        attributes = Map.copyOf(attributes);
        dynamicAttributes = Set.copyOf(dynamicAttributes);
        ancestors = List.copyOf(ancestors);
        descendants = Set.copyOf(descendants);
        name = name == null ? "" : name;
    }

    /** The attribute is there, with a static or a computed value. */
    public boolean has(String attribute) {
        return attributes.containsKey(attribute) || dynamicAttributes.contains(attribute);
    }

    /** The static value, or {@code null} when absent or computed. */
    public String attr(String attribute) {
        return attributes.get(attribute);
    }

    /** The value is written by template code. */
    public boolean isDynamic(String attribute) {
        return dynamicAttributes.contains(attribute);
    }

    /** The static value is present and not only whitespace. */
    public boolean hasText(String attribute) {
        String v = attributes.get(attribute);
        return v != null && !v.isBlank();
    }

    /** The attribute has a non-blank static value or a computed one. */
    public boolean hasValue(String attribute) {
        return hasText(attribute) || isDynamic(attribute);
    }

    /** The lower-case static value, trimmed; {@code ""} when absent or computed. */
    public String lower(String attribute) {
        String v = attributes.get(attribute);
        return v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
    }

    /** The input type, lower case; {@code text} when absent (as browsers do), {@code ""} when computed. */
    public String type() {
        if (isDynamic("type")) {
            return "";
        }
        String t = lower("type");
        return "input".equals(tag) && t.isEmpty() ? "text" : t;
    }

    public String role() {
        return lower("role");
    }

    /** A {@code <track>} of the kind is inside (or one whose kind template code writes). */
    public boolean hasTrack(String kind) {
        return descendants.contains("track:" + kind) || descendants.contains("track:*");
    }

    public boolean inside(String ancestor) {
        return ancestors.contains(ancestor);
    }

    /** A name is certain to be present: static text, or template code that writes one. */
    public boolean isNamed() {
        return !name.isBlank() || nameDynamic;
    }

    /** Keyboard users can reach it: natively, by {@code href}, or by a non-negative tabindex. */
    public boolean isFocusable() {
        if (has("disabled")) {
            return false;
        }
        String tabindex = lower("tabindex");
        if (!tabindex.isEmpty() && !isDynamic("tabindex")) {
            return !tabindex.startsWith("-");
        }
        if (("a".equals(tag) || "area".equals(tag)) && has("href")) {
            return true;
        }
        if ("input".equals(tag)) {
            return !"hidden".equals(type());
        }
        return NATIVELY_FOCUSABLE.contains(tag) || has("contenteditable");
    }

    /** An {@code input}, {@code select} or {@code textarea} that takes a value and needs a label. */
    public boolean isLabelableControl() {
        if ("select".equals(tag) || "textarea".equals(tag)) {
            return true;
        }
        return "input".equals(tag) && !isDynamic("type") && !UNLABELLED_INPUT_TYPES.contains(type());
    }

    /**
     * Labelled without looking elsewhere: {@code aria-label}, {@code aria-labelledby},
     * {@code title}, or an enclosing {@code label}.
     */
    public boolean isLabelledInPlace() {
        return hasValue("aria-label") || hasValue("aria-labelledby") || hasValue("title") || inside("label");
    }

    /** Comes before {@code other} in the same file. */
    public boolean isBefore(MarkupElement other) {
        return location.compareTo(other.location) < 0;
    }

    /** {@code <img src="logo.png">}-like description for messages: the tag as written and its key attribute. */
    public String describe() {
        StringBuilder sb = new StringBuilder("<").append(sourceTag);
        for (String key : List.of("type", "name", "id", "src", "href", "role")) {
            String v = attributes.get(key);
            if (v != null) {
                sb.append(' ').append(key).append("=\"").append(v.length() > 40 ? v.substring(0, 40) + "..." : v)
                        .append('"');
                break;
            }
        }
        return sb.append('>').toString();
    }
}
