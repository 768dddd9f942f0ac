package org.edcomply.core.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the chosen formats, then writes each atomically: a format that fails to render writes nothing. */
public final class Reports {

    private Reports() {
    }

    /** @return the file written for each format, in format order */
    public static Map<ReportFormat, Path> write(ComplianceReport report, List<ReportFormat> formats, Path directory) {
        Map<ReportFormat, byte[]> rendered = new LinkedHashMap<>();
        for (ReportFormat f : formats) {
            rendered.put(f, f.render(report));
        }
        Map<ReportFormat, Path> written = new LinkedHashMap<>();
        for (Map.Entry<ReportFormat, byte[]> e : rendered.entrySet()) {
            Path target = directory.resolve(e.getKey().fileName());
            try {
                AtomicFiles.write(target, e.getValue());
            } catch (IOException ex) {
                throw new UncheckedIOException("cannot write " + target, ex);
            }
            written.put(e.getKey(), target);
        }
        return written;
    }
}
