package org.edcomply.core.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.EdComply;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Severity;

/**
 * Writes {@code findings.json}: the tool, the jurisdictions applied, a summary and every finding,
 * in report order. No timestamps and a fixed field order, so that the same input gives the same bytes.
 */
public final class FindingsJsonWriter {

    public static final String FILE_NAME = "findings.json";
    public static final String FORMAT_VERSION = "1.0";

    private FindingsJsonWriter() {
    }

    public static Path write(AnalysisResult result, Path outputDirectory) {
        Path target = outputDirectory.resolve(FILE_NAME);
        try {
            AtomicFiles.write(target, render(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
        return target;
    }

    public static byte[] render(AnalysisResult result) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            g.setPrettyPrinter(pretty);
            g.writeStartObject();
            g.writeStringField("formatVersion", FORMAT_VERSION);
            g.writeObjectFieldStart("tool");
            g.writeStringField("name", EdComply.NAME);
            g.writeStringField("version", EdComply.version());
            g.writeEndObject();
            g.writeArrayFieldStart("jurisdictions");
            for (String id : result.jurisdictions()) {
                g.writeString(id);
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("files", result.filesScanned());
            g.writeNumberField("requirements", result.requirementsApplied());
            g.writeNumberField("findings", result.findings().size());
            g.writeObjectFieldStart("bySeverity");
            for (Map.Entry<Severity, Integer> e : countBySeverity(result.findings()).entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (Finding f : result.findings()) {
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
                g.writeStringField("file", f.location().file());
                g.writeNumberField("line", f.location().line());
                g.writeNumberField("column", f.location().column());
                g.writeStringField("subject", f.subject());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<Severity, Integer> countBySeverity(List<Finding> findings) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
        return counts;
    }
}
