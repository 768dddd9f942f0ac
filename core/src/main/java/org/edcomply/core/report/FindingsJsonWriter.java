package org.edcomply.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.edcomply.core.EdComply;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.Suppression;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes {@code findings.json}: the tool, the jurisdictions applied, a summary, every finding in
 * report order (with its fingerprint and status), the suppressions and the baseline's fixed
 * entries. Described by {@code org/edcomply/core/findings.schema.json}; {@code formatVersion}
 * changes its major number only when a field is removed or changes meaning.
 */
public final class FindingsJsonWriter {

    public static final String FILE_NAME = "findings.json";
    public static final String FORMAT_VERSION = "2.0";
    public static final String SCHEMA_RESOURCE = "/org/edcomply/core/findings.schema.json";

    private FindingsJsonWriter() {
    }

    public static byte[] render(ComplianceReport report) {
        return JsonOutput.render(g -> {
            g.writeStartObject();
            g.writeStringField("formatVersion", FORMAT_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", EdComply.NAME);
            g.writeStringField("version", report.toolVersion());
            g.writeEndObject();
            g.writeStringField("project", report.project());
            g.writeArrayFieldStart("modules");
            for (String m : report.modules()) {
                g.writeString(m);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("jurisdictions");
            for (String id : report.jurisdictions().keySet()) {
                g.writeString(id);
            }
            g.writeEndArray();
            summary(g, report);
            g.writeArrayFieldStart("findings");
            for (TriagedFinding f : report.findings()) {
                finding(g, f);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("suppressions");
            for (ComplianceReport.SuppressionRecord s : report.suppressions()) {
                g.writeStartObject();
                g.writeStringField("state", s.state().name().toLowerCase(java.util.Locale.ROOT));
                g.writeNumberField("matched", s.matched());
                g.writeStringField("module", s.module());
                suppression(g, s.suppression());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("baseline");
            g.writeBooleanField("used", report.baselineUsed());
            g.writeArrayFieldStart("fixed");
            for (ComplianceReport.Fixed x : report.fixed()) {
                g.writeStartObject();
                g.writeStringField("fingerprint", x.entry().fingerprint());
                g.writeStringField("requirement", x.entry().requirement());
                g.writeStringField("module", x.module());
                g.writeStringField("file", x.entry().file());
                g.writeStringField("subject", x.entry().subject());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void summary(JsonGenerator g, ComplianceReport report) throws IOException {
        g.writeObjectFieldStart("summary");
        g.writeNumberField("files", report.filesScanned());
        g.writeNumberField("requirements", report.requirements().size());
        g.writeNumberField("findings", report.findings().size());
        g.writeNumberField("active", report.count(TriagedFinding::isActive));
        g.writeNumberField("baseline", report.findings(TriagedFinding.Status.BASELINE).size());
        g.writeNumberField("suppressed", report.findings(TriagedFinding.Status.SUPPRESSED).size());
        g.writeNumberField("fixed", report.fixed().size());
        severities(g, "bySeverity", report.bySeverity(f -> true));
        severities(g, "activeBySeverity", report.bySeverity(TriagedFinding::isActive));
        g.writeEndObject();
    }

    private static void severities(JsonGenerator g, String name, Map<Severity, Integer> counts) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<Severity, Integer> e : counts.entrySet()) {
            g.writeNumberField(e.getKey().name(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void finding(JsonGenerator g, TriagedFinding t) throws IOException {
        Finding f = t.finding();
        g.writeStartObject();
        g.writeStringField("requirement", f.requirementId());
        g.writeStringField("jurisdiction", f.jurisdiction());
        g.writeStringField("check", f.check());
        g.writeStringField("severity", f.severity().name());
        g.writeStringField("cite", f.cite());
        g.writeStringField("link", f.link());
        g.writeStringField("title", f.title());
        g.writeStringField("message", f.message());
        g.writeStringField("remediation", f.remediation());
        g.writeStringField("module", t.module());
        g.writeStringField("file", f.location().file());
        g.writeStringField("path", t.path());
        g.writeNumberField("line", f.location().line());
        g.writeNumberField("column", f.location().column());
        g.writeStringField("subject", f.subject());
        g.writeStringField("fingerprint", t.fingerprint());
        g.writeNumberField("occurrence", t.occurrence());
        g.writeStringField("status", t.status().lowerCase());
        if (t.suppression() != null) {
            g.writeObjectFieldStart("suppression");
            suppression(g, t.suppression());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void suppression(JsonGenerator g, Suppression s) throws IOException {
        g.writeStringField("source", s.source().name().toLowerCase(java.util.Locale.ROOT));
        g.writeStringField("file", s.declaredAt().file());
        g.writeNumberField("line", s.declaredAt().line());
        g.writeArrayFieldStart("requirements");
        for (String r : s.requirements()) {
            g.writeString(r);
        }
        g.writeEndArray();
        g.writeStringField("target", s.target());
        g.writeStringField("reason", s.reason());
        g.writeStringField("approver", s.approver());
        JsonOutput.stringOrNull(g, "until", s.until());
    }
}
