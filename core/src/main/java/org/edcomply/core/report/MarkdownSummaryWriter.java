package org.edcomply.core.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.edcomply.core.EdComply;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes a Markdown summary for pull-request comments and {@code $GITHUB_STEP_SUMMARY}: counts per
 * jurisdiction and severity, then every active finding with file:line, citation and fix; baseline,
 * suppressed and fixed ones in collapsed sections, so the comment stays short.
 */
public final class MarkdownSummaryWriter {

    public static final String FILE_NAME = "edcomply-summary.md";
    /** GitHub comments are limited to 65,536 characters; keep well below. */
    static final int MAX_LISTED = 200;

    private MarkdownSummaryWriter() {
    }

    public static byte[] render(ComplianceReport report) {
        StringBuilder md = new StringBuilder();
        long active = report.count(TriagedFinding::isActive);
        md.append("## ").append(EdComply.NAME).append(": ").append(esc(report.project())).append("\n\n");
        md.append(active == 0 ? "**No active findings.**" : "**" + active + " active finding" + (active == 1 ? "" : "s") + "**")
                .append(" · ").append(report.findings(TriagedFinding.Status.SUPPRESSED).size()).append(" suppressed");
        if (report.baselineUsed()) {
            md.append(" · ").append(report.findings(TriagedFinding.Status.BASELINE).size()).append(" in the baseline · ")
                    .append(report.fixed().size()).append(" fixed since the baseline");
        }
        md.append(" · ").append(report.filesScanned()).append(" files, ").append(report.requirements().size())
                .append(" requirements\n\n");

        md.append("| Jurisdiction |");
        for (Severity s : Severity.values()) {
            md.append(' ').append(s.name()).append(" |");
        }
        md.append(" Active |\n|---|");
        md.append("---:|".repeat(Severity.values().length + 1)).append('\n');
        for (Map.Entry<String, String> j : report.jurisdictions().entrySet()) {
            Map<Severity, Integer> counts = report.bySeverity(f -> f.isActive() && f.finding().jurisdiction().equals(j.getKey()));
            md.append("| ").append(esc(j.getValue())).append(" (`").append(j.getKey()).append("`) |");
            int total = 0;
            for (Severity s : Severity.values()) {
                md.append(' ').append(counts.get(s)).append(" |");
                total += counts.get(s);
            }
            md.append(' ').append(total).append(" |\n");
        }
        md.append('\n');

        List<TriagedFinding> list = report.findings(TriagedFinding.Status.ACTIVE);
        if (!list.isEmpty()) {
            md.append("### Active findings\n\n");
            findings(md, list);
        }
        collapsed(md, "Suppressed findings", report.findings(TriagedFinding.Status.SUPPRESSED));
        collapsed(md, "Findings in the baseline", report.findings(TriagedFinding.Status.BASELINE));
        if (!report.fixed().isEmpty()) {
            md.append("<details><summary>Fixed since the baseline (").append(report.fixed().size())
                    .append(")</summary>\n\n");
            for (ComplianceReport.Fixed x : report.fixed()) {
                md.append("- `").append(x.entry().requirement()).append("` ").append(code(x.path()))
                        .append(x.entry().subject().isEmpty() ? "" : " " + esc(x.entry().subject())).append('\n');
            }
            md.append("\n</details>\n\n");
        }
        return md.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void collapsed(StringBuilder md, String title, List<TriagedFinding> list) {
        if (list.isEmpty()) {
            return;
        }
        md.append("<details><summary>").append(title).append(" (").append(list.size()).append(")</summary>\n\n");
        findings(md, list);
        md.append("</details>\n\n");
    }

    private static void findings(StringBuilder md, List<TriagedFinding> list) {
        int n = 0;
        for (TriagedFinding t : list) {
            if (++n > MAX_LISTED) {
                md.append("- ... and ").append(list.size() - MAX_LISTED).append(" more (see the HTML or SARIF report)\n");
                break;
            }
            Finding f = t.finding();
            String where = f.location().line() > 0 ? t.path() + ":" + f.location().line() : t.path();
            md.append("- **").append(f.severity()).append("** `").append(f.requirementId()).append("` ")
                    .append(code(where)).append(": ").append(esc(f.message()));
            if (f.cite() != null && !f.cite().isEmpty()) {
                md.append(" (").append(f.link() != null && f.link().startsWith("https://")
                        ? "[" + esc(f.cite()) + "](" + f.link() + ")" : esc(f.cite())).append(')');
            }
            if (t.suppression() != null) {
                md.append("  \n  _Suppressed: ").append(esc(t.suppression().reason()))
                        .append(t.suppression().until() == null ? "" : " (until " + t.suppression().until() + ")").append("_");
            } else if (!f.remediation().isEmpty()) {
                md.append("  \n  Fix: ").append(esc(f.remediation()));
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String code(String s) {
        return "`" + s.replace("`", "'") + "`";
    }

    /** Escapes what would turn text into markup or a mention in a comment. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("`", "\\`")
                .replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|").replace("@", "@\u200b")
                .replace("\n", " ");
    }
}
