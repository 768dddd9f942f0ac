package org.edcomply.core.report;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.edcomply.core.EdComply;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.PersonalDataElement;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.Excerpt;
import org.edcomply.core.triage.Suppression;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes the HTML report for compliance officers: one self-contained file (styles and the small
 * filter script inline, a Content-Security-Policy that forbids loading anything), a summary per
 * jurisdiction and severity with a chart, and every finding with its citation, link, code excerpt
 * and fix. Rendered by FreeMarker from {@code report.html.ftlh}, which escapes every value.
 */
public final class HtmlReportWriter {

    public static final String FILE_NAME = "edcomply.html";
    static final int CHART_WIDTH = 480;

    private HtmlReportWriter() {
    }

    /** Built once per class loader; FreeMarker configurations and templates are thread-safe once set up. */
    private static final class Templates {
        static final Template REPORT = load();

        private static Template load() {
            Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
            cfg.setClassForTemplateLoading(HtmlReportWriter.class, "/org/edcomply/core/report");
            cfg.setDefaultEncoding("UTF-8");
            cfg.setLocale(Locale.ROOT);
            cfg.setLocalizedLookup(false);
            cfg.setNumberFormat("computer");
            cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            cfg.setLogTemplateExceptions(false);
            cfg.setWrapUncheckedExceptions(true);
            cfg.setFallbackOnNullLoopVariable(false);
            try {
                return cfg.getTemplate("report.html.ftlh");
            } catch (IOException e) {
                throw new UncheckedIOException("HTML report template missing from edcomply-core", e);
            }
        }
    }

    public static byte[] render(ComplianceReport report) {
        StringWriter out = new StringWriter();
        try {
            Templates.REPORT.process(model(report), out);
        } catch (TemplateException e) {
            throw new IllegalStateException("HTML report template failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Map<String, Object> model(ComplianceReport report) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tool", EdComply.NAME);
        m.put("version", report.toolVersion());
        m.put("project", report.project());
        m.put("modules", report.modules().stream().filter(s -> !s.isEmpty()).toList());
        m.put("files", report.filesScanned());
        m.put("requirements", report.requirements().size());
        m.put("total", report.findings().size());
        m.put("active", report.count(TriagedFinding::isActive));
        m.put("baseline", report.findings(TriagedFinding.Status.BASELINE).size());
        m.put("suppressed", report.findings(TriagedFinding.Status.SUPPRESSED).size());
        m.put("baselineUsed", report.baselineUsed());
        m.put("severities", severities(report));
        m.put("jurisdictions", jurisdictions(report));
        m.put("findings", report.findings().stream().map(HtmlReportWriter::finding).toList());
        m.put("suppressions", report.suppressions().stream().map(HtmlReportWriter::suppression).toList());
        m.put("fixed", report.fixed().stream().map(x -> Map.of("requirement", x.entry().requirement(),
                "path", x.path(), "subject", x.entry().subject(), "fingerprint", x.entry().fingerprint())).toList());
        m.put("inventory", report.inventory().stream().map(HtmlReportWriter::inventory).toList());
        m.put("chartWidth", CHART_WIDTH);
        return m;
    }

    private static List<Map<String, Object>> severities(ComplianceReport report) {
        Map<Severity, Integer> all = report.bySeverity(f -> true);
        Map<Severity, Integer> active = report.bySeverity(TriagedFinding::isActive);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Severity s : Severity.values()) {
            out.add(Map.of("name", s.name(), "css", s.lowerCase(), "total", all.get(s), "active", active.get(s)));
        }
        return out;
    }

    /** One row per jurisdiction: counts per severity and the bar segments of the chart. */
    private static List<Map<String, Object>> jurisdictions(ComplianceReport report) {
        TreeSet<String> ids = new TreeSet<>(report.jurisdictions().keySet());
        report.findings().forEach(f -> ids.add(f.finding().jurisdiction()));
        int max = 1;
        for (String id : ids) {
            max = Math.max(max, (int) report.count(f -> f.finding().jurisdiction().equals(id)));
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : ids) {
            Map<Severity, Integer> counts = report.bySeverity(f -> f.finding().jurisdiction().equals(id));
            List<Map<String, Object>> segments = new ArrayList<>();
            List<Integer> cells = new ArrayList<>();
            int x = 0;
            int total = 0;
            for (Severity s : Severity.values()) {
                int n = counts.get(s);
                cells.add(n);
                total += n;
                if (n > 0) {
                    int width = Math.max(2, n * CHART_WIDTH / max);
                    segments.add(Map.of("css", s.lowerCase(), "x", x, "width", width, "n", n, "severity", s.name()));
                    x += width;
                }
            }
            long active = report.count(f -> f.isActive() && f.finding().jurisdiction().equals(id));
            out.add(Map.of("id", id, "name", report.jurisdictions().getOrDefault(id, id), "cells", cells,
                    "total", total, "active", active, "segments", segments));
        }
        return out;
    }

    private static Map<String, Object> finding(TriagedFinding t) {
        Finding f = t.finding();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("anchor", "f-" + t.fingerprint() + (t.occurrence() > 1 ? "-" + t.occurrence() : ""));
        m.put("requirement", f.requirementId());
        m.put("title", f.title() == null ? "" : f.title());
        m.put("jurisdiction", f.jurisdiction());
        m.put("severity", f.severity().name());
        m.put("css", f.severity().lowerCase());
        m.put("status", t.status().lowerCase());
        m.put("location", f.location().line() > 0 ? t.path() + ":" + f.location().line() : t.path());
        m.put("message", f.message());
        m.put("cite", f.cite() == null ? "" : f.cite());
        m.put("link", f.link() != null && f.link().startsWith("https://") ? f.link() : "");
        m.put("remediation", f.remediation());
        m.put("subject", f.subject());
        m.put("fingerprint", t.fingerprint());
        m.put("excerpt", excerpt(t.excerpt()));
        m.put("suppression", t.suppression() == null ? Map.of() : suppressionDetail(t.suppression()));
        return m;
    }

    private static List<Map<String, Object>> excerpt(Excerpt e) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < e.lines().size(); i++) {
            int number = e.firstLine() + i;
            lines.add(Map.of("number", number, "text", e.lines().get(i), "marked", number == e.line()));
        }
        return lines;
    }

    private static Map<String, Object> suppressionDetail(Suppression s) {
        return Map.of("source", s.source() == Suppression.Source.CODE ? "@SuppressCompliance" : "suppressions file",
                "at", s.declaredAt().toShortString(), "reason", s.reason(), "approver", s.approver(),
                "until", s.until() == null ? "" : s.until().toString());
    }

    private static Map<String, Object> suppression(ComplianceReport.SuppressionRecord r) {
        Map<String, Object> m = new LinkedHashMap<>(suppressionDetail(r.suppression()));
        String line = r.suppression().declaredAt().line() > 0 ? ":" + r.suppression().declaredAt().line() : "";
        m.put("at", r.path() + line);
        m.put("state", r.state().name().toLowerCase(Locale.ROOT));
        m.put("matched", r.matched());
        m.put("requirements", r.suppression().requirements().isEmpty() ? "any"
                : String.join(", ", r.suppression().requirements()));
        m.put("target", r.suppression().target());
        return m;
    }

    private static Map<String, Object> inventory(ComplianceReport.InventoryEntry e) {
        PersonalDataElement p = e.element();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("element", p.qualifiedName());
        m.put("location", p.location().line() > 0 ? e.path() + ":" + p.location().line() : e.path());
        m.put("category", p.category().name());
        m.put("categoryKey", p.category().key());
        m.put("sensitivity", p.sensitivity().name());
        m.put("subject", p.subject() == null ? "" : p.subject().name());
        m.put("legalBasis", p.legalBasis() == null ? "" : p.legalBasis());
        m.put("protections", String.join(", ", new TreeSet<>(p.protections())));
        return m;
    }
}
