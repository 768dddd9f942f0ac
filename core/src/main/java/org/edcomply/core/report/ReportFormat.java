package org.edcomply.core.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.edcomply.core.io.Suggestions;

/** The report formats, each with its file name and writer. */
public enum ReportFormat {
    JSON("json", FindingsJsonWriter.FILE_NAME, FindingsJsonWriter::render),
    HTML("html", HtmlReportWriter.FILE_NAME, HtmlReportWriter::render),
    SARIF("sarif", SarifWriter.FILE_NAME, SarifWriter::render),
    JUNIT("junit", JUnitXmlWriter.FILE_NAME, JUnitXmlWriter::render),
    GITLAB("gitlab", GitLabCodeQualityWriter.FILE_NAME, GitLabCodeQualityWriter::render),
    MARKDOWN("markdown", MarkdownSummaryWriter.FILE_NAME, MarkdownSummaryWriter::render),
    CSV("csv", DataInventoryCsvWriter.FILE_NAME, DataInventoryCsvWriter::render);

    /** What {@code formats} means when not set. */
    public static final List<ReportFormat> DEFAULTS = List.of(JSON, HTML, SARIF);

    private final String id;
    private final String fileName;
    private final Function<ComplianceReport, byte[]> writer;

    ReportFormat(String id, String fileName, Function<ComplianceReport, byte[]> writer) {
        this.id = id;
        this.fileName = fileName;
        this.writer = writer;
    }

    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    public byte[] render(ComplianceReport report) {
        return writer.apply(report);
    }

    /**
     * Parses {@code json,html,sarif} (any case, {@code all} for every format).
     *
     * @throws IllegalArgumentException naming the unknown format and the known ones
     */
    public static List<ReportFormat> parse(Collection<String> names) {
        EnumSet<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        List<String> known = new ArrayList<>(Arrays.stream(values()).map(ReportFormat::id).toList());
        known.add("all");
        for (String raw : names) {
            for (String part : raw.split(",")) {
                String name = part.trim().toLowerCase(Locale.ROOT);
                if (name.isEmpty()) {
                    continue;
                }
                if (name.equals("all")) {
                    formats.addAll(EnumSet.allOf(ReportFormat.class));
                    continue;
                }
                ReportFormat match = Arrays.stream(values()).filter(f -> f.id.equals(name)).findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + part.trim() + "'"
                                + Suggestions.hint(name, known) + " Known formats: " + String.join(", ", known) + "."));
                formats.add(match);
            }
        }
        return formats.isEmpty() ? DEFAULTS : List.copyOf(formats);
    }
}
