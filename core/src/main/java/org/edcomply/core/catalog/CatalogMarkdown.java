package org.edcomply.core.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.edcomply.core.jurisdiction.CheckType;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.edcomply.core.jurisdiction.Jurisdiction;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.jurisdiction.Overlay;
import org.edcomply.core.jurisdiction.RequirementChange;
import org.edcomply.core.model.Requirement;

/**
 * The requirement catalogue as Markdown: every jurisdiction with its requirements (id, citation,
 * check, parameters, severity, effective dates), and one page per check type. Deterministic, so
 * the committed copy under {@code docs/} can be compared with a fresh one.
 */
public final class CatalogMarkdown {

    private CatalogMarkdown() {
    }

    /** {@code catalog.md}: the whole catalogue. */
    public static String catalog(JurisdictionCatalog catalog, String checkPagesLink) {
        StringBuilder md = new StringBuilder();
        md.append("# Requirement catalogue\n\n");
        md.append("Generated from the jurisdiction files; do not edit by hand. ");
        int total = catalog.all().values().stream().mapToInt(j -> j.requirements().size()).sum()
                + catalog.overlays().stream().mapToInt(o -> o.added().size()).sum();
        md.append(total).append(" requirements in ").append(catalog.all().size()).append(" jurisdiction files.\n\n");
        md.append("| Jurisdiction | Region | Requirements | Extends | Variants |\n|---|---|---|---|---|\n");
        for (Jurisdiction j : catalog.all().values()) {
            md.append("| [").append(cell(j.name())).append("](#").append(j.id()).append(") `").append(j.id()).append("` | ")
                    .append(cell(j.region())).append(" | ").append(j.requirements().size()).append(" | ")
                    .append(j.extendsIds().stream().map(e -> "`" + e + "`").collect(Collectors.joining(", "))).append(" | ")
                    .append(String.join(", ", j.variants().keySet())).append(" |\n");
        }
        for (Jurisdiction j : catalog.all().values()) {
            md.append("\n## ").append(cell(j.name())).append(" <a id=\"").append(j.id()).append("\"></a>\n\n");
            md.append("Id `").append(j.id()).append("`");
            if (!j.region().isEmpty()) {
                md.append(", region ").append(j.region());
            }
            if (j.always()) {
                md.append(", always applied");
            }
            md.append(". Defined in `").append(j.definedAt().file()).append("`.\n");
            if (!j.regime().isEmpty()) {
                md.append("\n").append(j.regime()).append("\n");
            }
            if (!j.extendsIds().isEmpty()) {
                md.append("\nSelecting it also applies: ")
                        .append(j.extendsIds().stream().map(e -> "[`" + e + "`](#" + e + ")").collect(Collectors.joining(", ")))
                        .append(".\n");
            }
            md.append("\n");
            requirementTable(md, j.requirements(), checkPagesLink);
            overlays(md, catalog.overlays(), j.id(), checkPagesLink);
            if (!j.variants().isEmpty()) {
                md.append("\n**Variants** (select as `").append(j.id()).append("/<KEY>`):\n\n")
                        .append("| Key | Name | Changes |\n|---|---|---|\n");
                j.variants().values().forEach(v -> md.append("| `").append(v.key()).append("` | ").append(cell(v.name()))
                        .append(" | ").append(v.changes().stream().map(CatalogMarkdown::change).collect(Collectors.joining("; ")))
                        .append(" |\n"));
            }
        }
        return md.toString();
    }

    private static void overlays(StringBuilder md, List<Overlay> overlays, String id, String link) {
        for (Overlay o : overlays) {
            if (!o.target().equals(id)) {
                continue;
            }
            md.append("\n**Overlay** `").append(o.definedAt().file()).append("`\n\n");
            if (!o.added().isEmpty()) {
                requirementTable(md, o.added(), link);
            }
            for (RequirementChange c : o.changes()) {
                md.append("- ").append(change(c)).append(c.reason() == null ? "" : " (" + cell(c.reason()) + ")").append("\n");
            }
        }
    }

    private static void requirementTable(StringBuilder md, List<Requirement> requirements, String link) {
        md.append("| Id | Requirement | Citation | Check | Parameters | Severity | Applies |\n")
                .append("|---|---|---|---|---|---|---|\n");
        for (Requirement r : requirements) {
            String cite = r.link().isEmpty() ? cell(r.cite()) : "[" + cell(r.cite()) + "](" + r.link() + ")";
            md.append("| `").append(r.id()).append("` | ").append(cell(r.title())).append(" | ").append(cite)
                    .append(" | [").append(r.check()).append("](").append(link).append(r.check()).append(".md) | ")
                    .append(params(r.params())).append(" | ").append(r.severity()).append(" | ")
                    .append(applies(r)).append(" |\n");
        }
    }

    private static String change(RequirementChange c) {
        List<String> parts = new ArrayList<>();
        if (c.disabled()) {
            parts.add("disabled");
        }
        if (c.severity() != null) {
            parts.add("severity " + c.severity());
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        c.params().forEach((k, v) -> raw.put(k, v.isTextual() ? v.asText() : v.toString()));
        if (!raw.isEmpty()) {
            parts.add(params(raw));
        }
        if (c.cite() != null) {
            parts.add("cite " + cell(c.cite()));
        }
        return "`" + c.requirementId() + "`: " + String.join(", ", parts);
    }

    private static String applies(Requirement r) {
        if (r.effective() == null && r.until() == null) {
            return "";
        }
        return (r.effective() == null ? "" : "from " + r.effective()) + (r.effective() != null && r.until() != null ? " " : "")
                + (r.until() == null ? "" : "until " + r.until());
    }

    static String params(Map<String, Object> params) {
        return new TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() instanceof List<?> l
                        ? "[" + l.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]" : e.getValue()))
                .map(CatalogMarkdown::cell)
                .collect(Collectors.joining("<br>"));
    }

    /** One page per check type: what it checks, its parameters, the requirements using it. */
    public static Map<String, String> checkPages(CheckTypeRegistry checks, JurisdictionCatalog catalog) {
        Map<String, List<Requirement>> users = new TreeMap<>();
        catalog.all().values().forEach(j -> j.requirements().forEach(r -> users.computeIfAbsent(r.check(), k -> new ArrayList<>()).add(r)));
        catalog.overlays().forEach(o -> o.added().forEach(r -> users.computeIfAbsent(r.check(), k -> new ArrayList<>()).add(r)));
        Map<String, String> pages = new TreeMap<>();
        for (CheckType t : checks.all().values()) {
            StringBuilder md = new StringBuilder();
            md.append("# Check type `").append(t.name()).append("`\n\n").append(t.summary()).append("\n\n");
            if (!t.description().isEmpty()) {
                md.append(t.description()).append("\n\n");
            }
            if (!t.reads().isEmpty()) {
                md.append("Reads the facts: ").append(t.reads().stream().map(f -> "`" + f + "`").collect(Collectors.joining(", ")))
                        .append(".\n\n");
            }
            md.append("## Parameters\n\n| Name | Type | Required | Default | Meaning |\n|---|---|---|---|---|\n");
            t.parameters().values().forEach(p -> md.append("| `").append(p.name()).append("` | ").append(p.type().yamlName())
                    .append(" | ").append(p.required() ? "yes" : "no").append(" | ")
                    .append(p.defaultValue() == null ? "" : cell(String.valueOf(p.defaultValue()))).append(" | ")
                    .append(cell(p.description())).append(" |\n"));
            md.append("\n## Message placeholders\n\n");
            if (t.placeholders().isEmpty()) {
                md.append("None besides the parameters.\n");
            }
            t.placeholders().forEach((k, v) -> md.append("- `{").append(k).append("}`: ").append(v).append("\n"));
            md.append("\n## Requirements using it\n\n");
            List<Requirement> using = users.getOrDefault(t.name(), List.of());
            if (using.isEmpty()) {
                md.append("None yet.\n");
            }
            using.forEach(r -> md.append("- `").append(r.id()).append("` (").append(r.jurisdiction()).append("): ")
                    .append(r.title()).append("\n"));
            md.append("\nDeclared in `").append(t.definedAt().file()).append("` beside its DRL.\n");
            pages.put(t.name(), md.toString());
        }
        return pages;
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
