package org.edcomply.core.scan.template;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.MarkupElement;
import org.edcomply.core.model.StyleRule;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.parser.TagSet;

/**
 * Parses one template with jsoup, tracking source positions, and turns it into facts: every
 * rendered element with its line and column, the rules of its {@code <style>} blocks, and what
 * the page needs from its layouts (title, lang, references). Template directives are masked first
 * ({@link DirectiveMasker}), so they neither confuse the HTML parser nor shift a position.
 */
final class TemplateParser {

    /** Template expressions of every supported language, and client-side interpolation. */
    static final Pattern DYNAMIC = Pattern.compile("\\$\\{|#\\{|\\*\\{|@\\{|~\\{|\\[\\[|\\[\\(|\\{\\{|\\$!?[A-Za-z_{]");
    private static final Pattern HTML_TAG = Pattern.compile("(?i)<html[\\s>/]");
    private static final Pattern BODY_TAG = Pattern.compile("(?i)<(?:h:)?body[\\s>/]");
    private static final Set<String> NAMED_BY_CONTENT = Set.of("a", "button", "h1", "h2", "h3", "h4", "h5", "h6",
            "label", "legend", "caption", "title", "summary", "th", "option", "svg", "object", "figcaption", "dt", "input");
    private static final Set<String> NAMED_ROLES = Set.of("button", "link", "heading", "img", "tab", "menuitem",
            "checkbox", "radio", "switch", "option", "treeitem", "cell", "columnheader", "rowheader");
    private static final Set<String> CONDITION_ATTRIBUTES = Set.of("th:if", "th:unless", "th:each", "th:case",
            "data-th-if", "data-th-unless", "data-th-each", "data-th-case", "rendered", "sec:authorize");
    private static final Set<String> CONDITION_TAGS = Set.of("c:if", "c:when", "c:otherwise", "c:foreach",
            "c:fortokens", "ui:repeat", "sec:authorize", "logic:present", "logic:notpresent", "logic:iterate");
    private static final Set<String> THYMELEAF_NON_ATTRIBUTES = Set.of("text", "utext", "field", "remove", "replace",
            "insert", "include", "fragment", "if", "unless", "each", "with", "switch", "case", "object", "block",
            "inline", "classappend", "styleappend", "attr", "attrappend", "attrprepend", "ref", "assert",
            "errorclass", "errors", "substituteby", "decorate");

    private final String display;
    private final TemplateDialect dialect;
    private final MaskedTemplate masked;
    private final LineIndex lines;
    private final ParsedTemplate out;

    private TemplateParser(String original, String display, TemplateDialect dialect) {
        this.display = display;
        this.dialect = dialect;
        this.masked = DirectiveMasker.mask(original, dialect);
        this.lines = new LineIndex(original, display);
        this.out = new ParsedTemplate(display, dialect);
    }

    static ParsedTemplate parse(String original, String display, TemplateDialect dialect) {
        return new TemplateParser(original, display, dialect).run();
    }

    private ParsedTemplate run() {
        for (MaskedTemplate.Problem p : masked.problems) {
            problem(lines.at(p.offset()), p.message());
        }
        for (Reference r : masked.references) {
            reference(r);
        }
        String text = masked.toString();
        Parser parser = dialect.isXml() ? Parser.xmlParser() : Parser.htmlParser();
        parser.setTrackPosition(true).setTrackErrors(100);
        if (!dialect.isXml()) {
            // template tags (<c:out/>, <form:input/>, <th:block/>) close themselves, as their engines read them
            TagSet tags = TagSet.Html();
            tags.onNewTag(t -> {
                if (t.name().indexOf(':') > 0) {
                    t.set(Tag.SelfClose);
                }
            });
            parser.tagSet(tags);
        }
        Document doc = parser.parseInput(text, "");
        unclosedAtEnd(parser, text);

        Matcher html = HTML_TAG.matcher(text);
        if (html.find()) {
            out.html = lines.at(html.start());
        }
        Matcher body = BODY_TAG.matcher(text);
        out.bodyOffset = body.find() ? body.start() : -1;
        Element htmlElement = doc.selectFirst("html");
        if (htmlElement != null) {
            lang(htmlElement);
        }
        walk(doc, new Context(List.of(), false, false));
        return out;
    }

    // ---- the element tree

    private record Context(List<String> ancestors, boolean conditional, boolean grouped) {
    }

    /** Walks the children of {@code parent}; returns the element names found inside. */
    private Set<String> walkChildren(Element parent, Context ctx) {
        Set<String> inside = new HashSet<>();
        for (Element child : parent.children()) {
            inside.addAll(walk(child, ctx));
        }
        return inside;
    }

    private Set<String> walk(Element e, Context ctx) {
        String source = e.tagName().toLowerCase(Locale.ROOT);
        if (e instanceof Document) {
            return walkChildren(e, ctx);
        }
        Attrs attrs = attributes(e);
        int offset = e.sourceRange().startPos();
        boolean conditional = ctx.conditional || attrs.condition || CONDITION_TAGS.contains(source)
                || masked.isConditional(offset);
        if (attrs.removed) {
            return Set.of();
        }
        if (attrs.replacedBy != null || attrs.replaced) {
            return Set.of(); // the element and its content are replaced by a fragment
        }
        if (e.sourceRange().isImplicit()) {
            return walkChildren(e, new Context(ctx.ancestors, conditional, ctx.grouped));
        }
        String prefix = source.indexOf(':') > 0 ? source.substring(0, source.indexOf(':')) : null;
        ComponentTags component = prefix == null ? null : ComponentTags.find(source);
        if (prefix != null && component == null) {
            if (masked.tagDirectories.containsKey(prefix)) {
                String dir = masked.tagDirectories.get(prefix);
                reference(new Reference(dir + "/" + source.substring(prefix.length() + 1) + ".tag", true, offset));
            }
            componentReferences(e, source, offset);
            return walkChildren(e, new Context(ctx.ancestors, conditional, ctx.grouped));
        }
        String tag = component == null ? source : component.tag();
        if (component != null) {
            apply(component, attrs);
        }
        if ("title".equals(tag) && !ctx.ancestors.contains("svg") && !out.hasTitle) {
            out.hasTitle = true;
            Name n = contentName(e, attrs);
            out.title = n.text;
            out.titleDynamic = n.dynamic;
        }
        if ("style".equals(tag)) {
            styleRules(e);
        }
        if (attrs.has("th:fragment") && !"html".equals(tag)) {
            out.fragmentLibrary = true;
        }
        String role = attrs.lower("role");
        boolean grouped = ctx.grouped
                || ("fieldset".equals(tag) && hasLegend(e))
                || (("radiogroup".equals(role) || "group".equals(role))
                        && (attrs.present("aria-label") || attrs.present("aria-labelledby")));
        List<String> ancestors = new ArrayList<>(ctx.ancestors.size() + 1);
        ancestors.add(tag);
        ancestors.addAll(ctx.ancestors);
        Set<String> inside;
        if ("svg".equals(tag) || "math".equals(tag) || attrs.contentReplaced) {
            inside = Set.of();
        } else {
            inside = walkChildren(e, new Context(List.copyOf(ancestors), conditional, grouped));
        }
        Name name = NAMED_BY_CONTENT.contains(tag) || NAMED_ROLES.contains(role) || component != null
                ? name(e, tag, attrs, component) : new Name("", false);
        Range.Position start = e.sourceRange().start();
        out.facts.add(new MarkupElement(new Location(display, start.lineNumber(), start.columnNumber()), display, tag,
                e.tagName(), attrs.dynamic.contains("id") ? null : attrs.values.get("id"), attrs.values,
                attrs.dynamic, name.text, name.dynamic, ctx.ancestors, inside, ctx.grouped, conditional));
        Set<String> result = new HashSet<>(inside);
        result.add(tag);
        if ("track".equals(tag)) {
            result.add("track:" + (attrs.isDynamicValue("kind") ? "*" : attrs.lower("kind")));
        }
        return result;
    }

    private static boolean hasLegend(Element fieldset) {
        for (Element child : fieldset.children()) {
            if ("legend".equalsIgnoreCase(child.tagName())) {
                return true;
            }
        }
        return false;
    }

    /** JSF, JSP and Thymeleaf elements that pull in other templates. */
    private void componentReferences(Element e, String source, int offset) {
        switch (source) {
            case "ui:composition", "ui:decorate" -> {
                if (e.hasAttr("template")) {
                    reference(new Reference(staticTarget(e.attr("template")), true, offset));
                }
            }
            case "ui:include" -> reference(new Reference(staticTarget(e.attr("src")), false, offset));
            case "jsp:include" -> reference(new Reference(staticTarget(e.attr("page")), false, offset));
            case "jsp:directive.include" -> reference(new Reference(staticTarget(e.attr("file")), false, offset));
            case "c:import" -> reference(new Reference(staticTarget(e.attr("url")), false, offset));
            default -> {
            }
        }
    }

    private void reference(Reference r) {
        out.references.add(r);
        out.referenceLocations.add(lines.at(r.offset()));
    }

    private static String staticTarget(String value) {
        return value == null || value.isBlank() || DYNAMIC.matcher(value).find() ? null : value.trim();
    }

    // ---- attributes: static values, values template code computes, template instructions

    private final class Attrs {
        final Map<String, String> values = new LinkedHashMap<>();
        final Set<String> dynamic = new HashSet<>();
        final Set<String> instructions = new HashSet<>();
        boolean condition;
        boolean removed;
        boolean replaced;
        String replacedBy;
        boolean contentReplaced;
        boolean contentDynamic;

        boolean has(String key) {
            return values.containsKey(key) || dynamic.contains(key) || instructions.contains(key);
        }

        boolean present(String key) {
            return dynamic.contains(key) || (values.containsKey(key) && !values.get(key).isBlank());
        }

        boolean isDynamicValue(String key) {
            return dynamic.contains(key);
        }

        String lower(String key) {
            String v = values.get(key);
            return v == null ? "" : v.trim().toLowerCase(Locale.ROOT);
        }

        void set(String key, String value) {
            if (value == null) {
                return;
            }
            if (DYNAMIC.matcher(value).find()) {
                values.remove(key);
                dynamic.add(key);
            } else if (!dynamic.contains(key)) {
                values.put(key, value);
            }
        }

        void computed(String key) {
            values.remove(key);
            dynamic.add(key);
        }
    }

    private Attrs attributes(Element e) {
        Attrs a = new Attrs();
        int offset = e.sourceRange().startPos();
        boolean onHtml = "html".equalsIgnoreCase(e.tagName()) || "head".equalsIgnoreCase(e.tagName());
        for (Attribute attribute : e.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            String value = attribute.getValue();
            if (key.isEmpty() || !Character.isLetter(key.charAt(0))) {
                continue; // what is left of masked template code inside a tag
            }
            if (CONDITION_ATTRIBUTES.contains(key)) {
                a.condition = true;
            }
            String th = key.startsWith("th:") ? key.substring(3) : key.startsWith("data-th-") ? key.substring(8) : null;
            if (key.startsWith("layout:decorat") || key.startsWith("data-layout-decorat") || "th:decorate".equals(key)) {
                reference(new Reference(thymeleafTarget(value), true, offset));
                a.instructions.add(key);
            } else if (th != null) {
                thymeleaf(a, th, value, onHtml, offset);
                a.instructions.add(key);
            } else if (key.startsWith("xmlns") || key.startsWith("layout:") || key.startsWith("sec:")) {
                a.instructions.add(key);
                if (key.startsWith("sec:")) {
                    a.condition = true;
                }
            } else {
                a.set(key, value);
            }
        }
        return a;
    }

    private void thymeleaf(Attrs a, String name, String value, boolean onHtml, int offset) {
        switch (name) {
            case "text", "utext" -> a.contentDynamic = true;
            case "remove" -> a.removed = "all".equalsIgnoreCase(value.trim());
            case "replace", "substituteby" -> {
                // on <html> the page hands its parts to a layout; elsewhere a fragment takes the element's place
                reference(new Reference(thymeleafTarget(value), onHtml, offset));
                a.replaced = !onHtml;
            }
            case "insert", "include" -> {
                reference(new Reference(thymeleafTarget(value), onHtml, offset));
                a.contentReplaced = !onHtml;
                a.contentDynamic = !onHtml;
            }
            case "field" -> {
                String field = value.trim().replaceAll("^[*$]\\{|}$", "").replaceAll("[\\[\\]]", "");
                if (field.isEmpty() || DYNAMIC.matcher(field).find()) {
                    a.computed("id");
                    a.computed("name");
                } else {
                    if (!a.values.containsKey("id")) {
                        a.values.put("id", field);
                    }
                    a.values.put("name", field);
                }
                a.computed("value");
            }
            case "attr", "attrappend", "attrprepend" -> {
                for (String assignment : value.split(",")) {
                    int eq = assignment.indexOf('=');
                    if (eq > 0) {
                        a.computed(assignment.substring(0, eq).trim().toLowerCase(Locale.ROOT));
                    }
                }
            }
            case "alt-title" -> {
                a.computed("alt");
                a.computed("title");
            }
            case "lang-xmllang" -> {
                a.computed("lang");
                a.computed("xml:lang");
            }
            default -> {
                if (!THYMELEAF_NON_ATTRIBUTES.contains(name)) {
                    a.computed(name); // th:alt, th:href, th:lang, th:title, th:id ...
                }
            }
        }
    }

    /** {@code ~{fragments/head :: head}} → {@code fragments/head}; {@code null} when computed. */
    static String thymeleafTarget(String value) {
        String v = value.trim();
        if (v.startsWith("~{") && v.endsWith("}")) {
            v = v.substring(2, v.length() - 1).trim();
        }
        int sep = v.indexOf("::");
        String template = (sep >= 0 ? v.substring(0, sep) : v.split("[\\s(]", 2)[0]).trim();
        if (template.startsWith("'") && template.endsWith("'") && template.length() > 1) {
            template = template.substring(1, template.length() - 1);
        }
        if (template.isEmpty() || template.equals("this")) {
            return ""; // this very template
        }
        return DYNAMIC.matcher(template).find() || template.contains("(") ? null : template;
    }

    private void apply(ComponentTags c, Attrs a) {
        if (c.type() != null && !a.has("type")) {
            a.values.put("type", a.has("image") ? "image" : c.type());
        }
        if (c.idFrom() != null && a.has(c.idFrom())) {
            boolean grouped = "radio".equals(c.type()) || "checkbox".equals(c.type());
            if (a.isDynamicValue(c.idFrom())) {
                a.computed("name");
                if (!grouped && !a.has("id")) {
                    a.computed("id");
                }
            } else {
                String path = a.values.get(c.idFrom());
                a.values.put("name", path);
                if (!grouped && !a.has("id")) {
                    a.values.put("id", path);
                }
            }
        }
        if (c.forFrom() != null && a.has(c.forFrom())) {
            if (a.isDynamicValue(c.forFrom())) {
                a.computed("for");
            } else {
                a.values.put("for", a.values.get(c.forFrom()));
            }
        }
        if (c.srcFrom() != null && a.has(c.srcFrom())) {
            String target = "img".equals(c.tag()) ? "src" : "href";
            if (a.isDynamicValue(c.srcFrom())) {
                a.computed(target);
            } else {
                a.values.put(target, a.values.get(c.srcFrom()));
            }
        } else if ("a".equals(c.tag()) && !a.has("href")) {
            a.values.put("href", "#"); // h:commandLink renders a script link
        }
    }

    // ---- names

    private record Name(String text, boolean dynamic) {
    }

    private Name name(Element e, String tag, Attrs a, ComponentTags component) {
        boolean dynamic = a.contentDynamic || a.present("aria-labelledby") || a.isDynamicValue("aria-label");
        String text = a.values.getOrDefault("aria-label", "").trim();
        if (text.isEmpty() && component != null && component.textFrom() != null && a.has(component.textFrom())) {
            dynamic |= a.isDynamicValue(component.textFrom());
            text = a.values.getOrDefault(component.textFrom(), "");
        }
        if (text.isBlank() && "input".equals(tag)) {
            String type = a.lower("type");
            dynamic |= a.isDynamicValue("value") || a.isDynamicValue("alt");
            text = "image".equals(type) ? a.values.getOrDefault("alt", "") : a.values.getOrDefault("value", "");
            if (text.isBlank() && !a.has("value")) {
                text = "submit".equals(type) ? "Submit" : "reset".equals(type) ? "Reset" : "";
            }
        } else if (text.isBlank() && !"img".equals(tag)) {
            Name content = contentName(e, a);
            text = content.text;
            dynamic |= content.dynamic;
        }
        if (text.isBlank()) {
            dynamic |= a.isDynamicValue("title");
            text = a.values.getOrDefault("title", "");
        }
        return new Name(collapse(text), dynamic);
    }

    /** The text a screen reader gets from the content: text, image alternatives, template output. */
    private Name contentName(Element e, Attrs own) {
        StringBuilder sb = new StringBuilder();
        boolean[] dynamic = {own.contentDynamic};
        content(e, sb, dynamic, "svg".equalsIgnoreCase(e.tagName()));
        String text = collapse(sb.toString());
        if (DYNAMIC.matcher(text).find()) {
            dynamic[0] = true;
        }
        return new Name(text, dynamic[0]);
    }

    private void content(Element e, StringBuilder sb, boolean[] dynamic, boolean svg) {
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                if (!svg) {
                    sb.append(t.getWholeText()).append(' ');
                }
            } else if (n instanceof Element child) {
                String tag = child.tagName().toLowerCase(Locale.ROOT);
                if ("true".equalsIgnoreCase(child.attr("aria-hidden").trim()) || "script".equals(tag)
                        || "style".equals(tag)) {
                    continue;
                }
                Attrs a = attributes(child);
                if (a.contentDynamic) {
                    dynamic[0] = true;
                }
                if (a.removed) {
                    continue;
                }
                ComponentTags component = ComponentTags.find(tag);
                if (component != null) {
                    apply(component, a);
                    tag = component.tag(); // <h:graphicImage> inside a link names it by its alt, as the <img> it renders
                }
                if (tag.indexOf(':') > 0 && component == null) {
                    dynamic[0] = true; // <c:out>, <spring:message>, <fmt:message>, <ui:insert>: template output
                } else if (component != null && component.textFrom() != null && a.has(component.textFrom())) {
                    dynamic[0] |= a.isDynamicValue(component.textFrom());
                    sb.append(a.values.getOrDefault(component.textFrom(), "")).append(' ');
                } else if ("img".equals(tag) || ("input".equals(tag) && "image".equals(a.lower("type")))
                        || "area".equals(tag)) {
                    dynamic[0] |= a.isDynamicValue("alt") || a.isDynamicValue("aria-label");
                    sb.append(a.values.getOrDefault("aria-label", a.values.getOrDefault("alt", ""))).append(' ');
                } else if (a.present("aria-label")) {
                    dynamic[0] |= a.isDynamicValue("aria-label");
                    sb.append(a.values.getOrDefault("aria-label", "")).append(' ');
                } else if ("svg".equals(tag)) {
                    content(child, sb, dynamic, true);
                } else if ("title".equals(tag) && svg) {
                    sb.append(child.text()).append(' ');
                } else {
                    content(child, sb, dynamic, svg);
                }
            }
        }
    }

    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");

    private static String collapse(String s) {
        String c = SPACES.matcher(s).replaceAll(" ").trim();
        return c.length() > 200 ? c.substring(0, 200) : c;
    }

    // ---- lang of the document

    private void lang(Element html) {
        Attrs a = attributes(html);
        for (String key : List.of("lang", "xml:lang")) {
            if (a.isDynamicValue(key)) {
                out.langDynamic = true;
            } else if (a.values.containsKey(key) && out.lang == null) {
                out.lang = a.values.get(key);
            }
        }
        for (Attribute attribute : html.attributes()) {
            String key = attribute.getKey().toLowerCase(Locale.ROOT);
            if (key.endsWith("lang") || key.endsWith("lang-xmllang")) {
                Range.AttributeRange range = html.attributes().sourceRange(attribute.getKey());
                if (range.nameRange().isTracked()) {
                    Range.Position p = range.nameRange().start();
                    out.langLocation = new Location(display, p.lineNumber(), p.columnNumber());
                    break;
                }
            }
        }
    }

    // ---- CSS in <style>

    private static final Pattern CSS_RULE = Pattern.compile("([^{}]+)\\{([^{}]*)}");

    private void styleRules(Element style) {
        for (Node n : style.childNodes()) {
            String css = n instanceof DataNode d ? d.getWholeData() : n instanceof TextNode t ? t.getWholeText() : null;
            if (css == null || !n.sourceRange().isTracked()) {
                continue;
            }
            int base = n.sourceRange().startPos();
            String clean = withoutComments(css);
            Matcher m = CSS_RULE.matcher(clean);
            while (m.find()) {
                String selector = m.group(1);
                int lead = 0;
                while (lead < selector.length() && Character.isWhitespace(selector.charAt(lead))) {
                    lead++;
                }
                String trimmed = selector.trim().replaceAll("\\s+", " ");
                if (trimmed.isEmpty() || trimmed.startsWith("@")) {
                    continue;
                }
                out.facts.add(new StyleRule(lines.at(base + m.start(1) + lead), display, trimmed,
                        StyleRule.parseDeclarations(m.group(2))));
            }
        }
    }

    private static String withoutComments(String css) {
        StringBuilder sb = new StringBuilder(css);
        int i = 0;
        while ((i = css.indexOf("/*", i)) >= 0) {
            int end = css.indexOf("*/", i + 2);
            end = end < 0 ? css.length() : end + 2;
            for (int k = i; k < end; k++) {
                if (sb.charAt(k) != '\n') {
                    sb.setCharAt(k, ' ');
                }
            }
            i = end;
        }
        return sb.toString();
    }

    // ---- problems

    /** Markup that runs into the end of the file: what follows the opening was never checked. */
    private void unclosedAtEnd(Parser parser, String text) {
        for (ParseError error : parser.getErrors()) {
            String message = error.getErrorMessage();
            if (message == null || !message.contains("(EOF) in input state")) {
                continue;
            }
            boolean comment = message.contains("[Comment");
            int start = comment ? text.lastIndexOf("<!--") : text.lastIndexOf('<');
            problem(lines.at(Math.max(0, start)), comment
                    ? "an HTML comment <!-- opened here is never closed with -->, so the rest of the file is hidden"
                    : "a tag opened here is never closed with >, so the rest of the file is not markup");
            return;
        }
    }

    private void problem(Location at, String message) {
        out.facts.add(new AnalysisProblem(at, AnalysisProblem.UNPARSABLE, "template could not be fully parsed: " + message));
    }
}
