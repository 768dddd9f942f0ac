package org.edcomply.core.scan.template;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out the directives of JSP, FreeMarker and Velocity (see {@link MaskedTemplate}). HTML,
 * Thymeleaf and Facelets need no masking: their template syntax is attributes and elements.
 */
final class DirectiveMasker {

    private static final Pattern QUOTED = Pattern.compile("[\"']([^\"']*)[\"']");
    private static final Pattern JSP_ATTR = Pattern.compile("([A-Za-z]+)\\s*=\\s*[\"']([^\"']*)[\"']");
    private static final Set<String> FTL_BLOCKS = Set.of("if", "list", "items", "switch", "macro", "function",
            "foreach", "attempt", "compress", "escape", "noescape", "autoesc", "noautoesc", "outputformat");
    private static final Set<String> VM_BLOCKS = Set.of("if", "foreach", "macro", "define");
    private static final Set<String> VM_DIRECTIVES = Set.of("if", "elseif", "else", "end", "foreach", "set", "macro",
            "define", "break", "stop", "evaluate", "parse", "include");
    private static final Pattern VM_DIRECTIVE = Pattern.compile("#\\{?([a-zA-Z][a-zA-Z0-9_]*)\\}?");

    private DirectiveMasker() {
    }

    static MaskedTemplate mask(String text, TemplateDialect dialect) {
        MaskedTemplate m = new MaskedTemplate(text);
        switch (dialect) {
            case JSP -> jsp(text, m);
            case FREEMARKER -> freemarker(text, m);
            case VELOCITY -> velocity(text, m);
            default -> {
            }
        }
        return m;
    }

    // ---- JSP: <%-- --%>, <%@ %>, <%! %>, <% %>, <%= %>

    private static void jsp(String s, MaskedTemplate m) {
        int i = 0;
        while ((i = s.indexOf("<%", i)) >= 0) {
            if (s.startsWith("<%--", i)) {
                int end = s.indexOf("--%>", i + 4);
                if (end < 0) {
                    m.problems.add(new MaskedTemplate.Problem(i, "a JSP comment <%-- opened here is never closed with --%>"));
                    m.blank(i, s.length());
                    return;
                }
                m.blank(i, end + 4);
                i = end + 4;
                continue;
            }
            int end = s.indexOf("%>", i + 2);
            if (end < 0) {
                m.problems.add(new MaskedTemplate.Problem(i, "a JSP tag <% opened here is never closed with %>"));
                m.blank(i, s.length());
                return;
            }
            char kind = i + 2 < s.length() ? s.charAt(i + 2) : ' ';
            if (kind == '@') {
                directive(s.substring(i + 3, end), i, m);
                m.blank(i, end + 2);
            } else if (kind == '=') {
                m.output(i, end + 2);
            } else {
                m.blank(i, end + 2);
            }
            i = end + 2;
        }
    }

    private static void directive(String body, int offset, MaskedTemplate m) {
        String trimmed = body.trim();
        Matcher attrs = JSP_ATTR.matcher(trimmed);
        java.util.Map<String, String> values = new java.util.HashMap<>();
        while (attrs.find()) {
            values.put(attrs.group(1), attrs.group(2));
        }
        if (trimmed.startsWith("include") && values.containsKey("file")) {
            m.references.add(new Reference(values.get("file"), false, offset));
        } else if (trimmed.startsWith("taglib") && values.containsKey("tagdir") && values.containsKey("prefix")) {
            m.tagDirectories.put(values.get("prefix").toLowerCase(java.util.Locale.ROOT), values.get("tagdir"));
        }
    }

    // ---- FreeMarker: <#-- -->, <#directive ...>, </#directive>, <@macro .../>, </@macro>

    private static void freemarker(String s, MaskedTemplate m) {
        Deque<int[]> open = new ArrayDeque<>();
        Deque<String> openNames = new ArrayDeque<>();
        int i = 0;
        while (i < s.length()) {
            int lt = s.indexOf('<', i);
            if (lt < 0 || lt + 1 >= s.length()) {
                break;
            }
            if (s.startsWith("<#--", lt)) {
                int end = s.indexOf("-->", lt + 4);
                if (end < 0) {
                    m.problems.add(new MaskedTemplate.Problem(lt, "a FreeMarker comment <#-- opened here is never closed with -->"));
                    m.blank(lt, s.length());
                    return;
                }
                m.blank(lt, end + 3);
                i = end + 3;
                continue;
            }
            boolean closing = s.startsWith("</#", lt) || s.startsWith("</@", lt);
            boolean directive = s.startsWith("<#", lt) || s.startsWith("</#", lt);
            boolean macro = s.startsWith("<@", lt) || s.startsWith("</@", lt);
            if (!directive && !macro) {
                i = lt + 1;
                continue;
            }
            int end = tagEnd(s, lt + 2);
            if (end < 0) {
                m.problems.add(new MaskedTemplate.Problem(lt, "a FreeMarker tag opened here is never closed with >"));
                m.blank(lt, s.length());
                return;
            }
            String body = s.substring(lt + (closing ? 3 : 2), end);
            String name = body.split("[\\s/>(]", 2)[0];
            if (directive && !closing) {
                if (name.equals("include") || name.equals("import")) {
                    Matcher q = QUOTED.matcher(body);
                    m.references.add(new Reference(q.find() ? computedOrTarget(q.group(1)) : null,
                            name.equals("import"), lt));
                }
                if (FTL_BLOCKS.contains(name) && !body.trim().endsWith("/")) {
                    open.push(new int[] {lt});
                    openNames.push(name);
                }
                m.blank(lt, end + 1);
            } else if (directive) {
                if (!openNames.isEmpty() && openNames.peek().equals(name)) {
                    openNames.pop();
                    m.conditionalRegions.add(new int[] {open.pop()[0], end + 1});
                }
                m.blank(lt, end + 1);
            } else if (closing) {
                m.blank(lt, end + 1);
            } else {
                m.output(lt, end + 1);
            }
            i = end + 1;
        }
        while (!open.isEmpty()) {
            m.conditionalRegions.add(new int[] {open.pop()[0], s.length()});
        }
    }

    /** The index of the {@code >} that ends a directive, skipping quoted text and brackets. */
    private static int tagEnd(String s, int from) {
        char quote = 0;
        int depth = 0;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == '>' && depth == 0) {
                return i;
            }
        }
        return -1;
    }

    // ---- Velocity: ## line, #* block *#, #directive(...), #end, #macroCall(...)

    private static void velocity(String s, MaskedTemplate m) {
        Deque<Integer> open = new ArrayDeque<>();
        int i = 0;
        while ((i = s.indexOf('#', i)) >= 0) {
            if (i > 0 && (s.charAt(i - 1) == '&' || s.charAt(i - 1) == '\\')) {
                i++;
                continue;
            }
            if (s.startsWith("##", i)) {
                int end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
                m.blank(i, end);
                i = end;
                continue;
            }
            if (s.startsWith("#*", i)) {
                int end = s.indexOf("*#", i + 2);
                if (end < 0) {
                    m.problems.add(new MaskedTemplate.Problem(i, "a Velocity comment #* opened here is never closed with *#"));
                    m.blank(i, s.length());
                    return;
                }
                m.blank(i, end + 2);
                i = end + 2;
                continue;
            }
            Matcher d = VM_DIRECTIVE.matcher(s).region(i, s.length());
            if (!d.lookingAt()) {
                i++;
                continue;
            }
            String name = d.group(1);
            int end = d.end();
            boolean args = end < s.length() && s.charAt(end) == '(';
            if (!VM_DIRECTIVES.contains(name) && !args) {
                i++; // an anchor (#top) or a colour (#fff), not a directive
                continue;
            }
            if (args) {
                int close = closingParen(s, end);
                if (close < 0) {
                    m.problems.add(new MaskedTemplate.Problem(i, "Velocity #" + name + "( opened here is never closed with )"));
                    m.blank(i, s.length());
                    return;
                }
                if (name.equals("parse") || name.equals("include")) {
                    Matcher q = QUOTED.matcher(s.substring(end, close));
                    m.references.add(new Reference(q.find() ? computedOrTarget(q.group(1)) : null, false, i));
                }
                end = close + 1;
            }
            if (VM_BLOCKS.contains(name)) {
                open.push(i);
            } else if (name.equals("end") && !open.isEmpty()) {
                m.conditionalRegions.add(new int[] {open.pop(), end});
            }
            if (VM_DIRECTIVES.contains(name)) {
                m.blank(i, end);
            } else {
                m.output(i, end); // a macro call writes output
            }
            i = end;
        }
        while (!open.isEmpty()) {
            m.conditionalRegions.add(new int[] {open.pop(), s.length()});
        }
    }

    private static int closingParen(String s, int open) {
        int depth = 0;
        char quote = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static String computedOrTarget(String target) {
        return target.contains("$") ? null : target;
    }
}
