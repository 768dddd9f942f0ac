package org.edcomply.core.report;

import com.contrastsecurity.sarif.ArtifactContent;
import com.contrastsecurity.sarif.ArtifactLocation;
import com.contrastsecurity.sarif.Invocation;
import com.contrastsecurity.sarif.Location;
import com.contrastsecurity.sarif.Message;
import com.contrastsecurity.sarif.MultiformatMessageString;
import com.contrastsecurity.sarif.PartialFingerprints;
import com.contrastsecurity.sarif.PhysicalLocation;
import com.contrastsecurity.sarif.PropertyBag;
import com.contrastsecurity.sarif.Region;
import com.contrastsecurity.sarif.ReportingConfiguration;
import com.contrastsecurity.sarif.ReportingDescriptor;
import com.contrastsecurity.sarif.Result;
import com.contrastsecurity.sarif.Run;
import com.contrastsecurity.sarif.RunAutomationDetails;
import com.contrastsecurity.sarif.SarifSchema210;
import com.contrastsecurity.sarif.Suppression;
import com.contrastsecurity.sarif.Tool;
import com.contrastsecurity.sarif.ToolComponent;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcomply.core.EdComply;
import org.edcomply.core.engine.FindingSink;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Writes SARIF 2.1.0 as GitHub code scanning reads it: one rule per requirement with the citation
 * and fix in {@code help.text}/{@code help.markdown}; every result with a physical location
 * (line 1 for whole-file findings, since one result without a line rejects the whole upload);
 * {@code partialFingerprints} from content, so alerts survive line moves; a level and a numeric
 * {@code security-severity} from the requirement's severity; suppressed findings kept, with
 * {@code suppressions[]}.
 */
public final class SarifWriter {

    public static final String FILE_NAME = "edcomply.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** GitHub's key for its own line-hash deduplication; the value is ours and content-based. */
    static final String LINE_HASH = "primaryLocationLineHash";
    static final String FINGERPRINT = "edcomplyFingerprint/v1";

    private SarifWriter() {
    }

    public static byte[] render(ComplianceReport report) {
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        Set<ReportingDescriptor> rules = new LinkedHashSet<>();
        for (Requirement r : report.requirements()) {
            ruleIndex.put(r.id(), ruleIndex.size());
            rules.add(rule(r, report.jurisdictions().getOrDefault(r.jurisdiction(), r.jurisdiction())));
        }
        List<Result> results = new ArrayList<>();
        for (TriagedFinding f : report.findings()) {
            if (!ruleIndex.containsKey(f.finding().requirementId())) {
                ruleIndex.put(f.finding().requirementId(), ruleIndex.size());
                rules.add(rule(f.finding()));
            }
            results.add(result(f, ruleIndex.get(f.finding().requirementId()), report.baselineUsed()));
        }
        String category = report.modules().size() == 1 && !report.modules().get(0).isEmpty()
                ? "edcomply/" + report.modules().get(0) + "/" : "edcomply/";
        Run run = new Run()
                .withTool(new Tool().withDriver(new ToolComponent()
                        .withName(EdComply.NAME)
                        .withVersion(report.toolVersion())
                        .withSemanticVersion(report.toolVersion())
                        .withRules(rules)))
                .withAutomationDetails(new RunAutomationDetails().withId(category))
                .withInvocations(List.of(new Invocation().withExecutionSuccessful(true)))
                .withColumnKind(Run.ColumnKind.UTF_16_CODE_UNITS)
                .withResults(results)
                .withProperties(new PropertyBag()
                        .withAdditionalProperty("project", report.project())
                        .withAdditionalProperty("baselineUsed", report.baselineUsed())
                        .withAdditionalProperty("fixedSinceBaseline", report.fixed().size()));
        SarifSchema210 log = new SarifSchema210()
                .with$schema(URI.create(SCHEMA))
                .withVersion(SarifSchema210.Version._2_1_0)
                .withRuns(List.of(run));
        ObjectMapper mapper = new ObjectMapper();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (mapper.writer(pretty).writeValueAsString(log) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("SARIF model does not serialise", e);
        }
    }

    /** error for what must be fixed, warning for likely gaps, note for best practice and information. */
    static Result.Level level(Severity s) {
        return switch (s) {
            case BLOCKER, HIGH -> Result.Level.ERROR;
            case MEDIUM -> Result.Level.WARNING;
            case LOW, INFO -> Result.Level.NOTE;
        };
    }

    /** GitHub's bands: 9.0+ critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
    static String securitySeverity(Severity s) {
        return switch (s) {
            case BLOCKER -> "9.5";
            case HIGH -> "8.0";
            case MEDIUM -> "5.5";
            case LOW -> "3.0";
            case INFO -> "1.0";
        };
    }

    private static ReportingDescriptor rule(Requirement r, String jurisdictionName) {
        String fix = generic(r.remediation(), r.params());
        String cite = r.cite() == null ? "" : r.cite();
        String text = r.title() + "\n\nCitation: " + cite + (r.link() == null ? "" : " (" + r.link() + ")")
                + "\nJurisdiction: " + jurisdictionName + "\n\nFix: " + fix;
        String markdown = "**" + md(r.title()) + "**\n\n"
                + "| | |\n|---|---|\n"
                + "| Citation | " + (r.link() == null ? md(cite) : "[" + md(cite) + "](" + r.link() + ")") + " |\n"
                + "| Jurisdiction | " + md(jurisdictionName) + " (`" + r.jurisdiction() + "`) |\n"
                + "| Severity | " + r.severity() + " |\n"
                + "| Check | `" + r.check() + "` |\n\n"
                + "**Fix:** " + md(fix) + "\n";
        ReportingDescriptor rule = new ReportingDescriptor()
                .withId(r.id())
                .withShortDescription(new MultiformatMessageString().withText(r.title()))
                .withFullDescription(new MultiformatMessageString().withText(r.title() + " (" + cite + ")"))
                .withHelp(new MultiformatMessageString().withText(text).withMarkdown(markdown))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(r.severity())))
                .withProperties(ruleProperties(r.severity(), r.jurisdiction()));
        if (r.link() != null && r.link().startsWith("https://")) {
            rule.withHelpUri(URI.create(r.link()));
        }
        return rule;
    }

    /** A rule for a finding whose requirement is not in the report's list (defensive; same content). */
    private static ReportingDescriptor rule(Finding f) {
        String cite = f.cite() == null ? "" : f.cite();
        String title = f.title() == null ? f.requirementId() : f.title();
        return new ReportingDescriptor()
                .withId(f.requirementId())
                .withShortDescription(new MultiformatMessageString().withText(title))
                .withHelp(new MultiformatMessageString().withText(title + "\n\nCitation: " + cite)
                        .withMarkdown("**" + md(title) + "**\n\nCitation: " + md(cite) + "\n"))
                .withDefaultConfiguration(new ReportingConfiguration().withLevel(configLevel(f.severity())))
                .withProperties(ruleProperties(f.severity(), f.jurisdiction()));
    }

    private static PropertyBag ruleProperties(Severity severity, String jurisdiction) {
        return new PropertyBag()
                .withTags(new LinkedHashSet<>(List.of("security", "privacy", "compliance", jurisdiction)))
                .withAdditionalProperty("security-severity", securitySeverity(severity))
                .withAdditionalProperty("severity", severity.name());
    }

    private static ReportingConfiguration.Level configLevel(Severity s) {
        return ReportingConfiguration.Level.fromValue(level(s).value());
    }

    private static Result result(TriagedFinding t, int index, boolean baselineUsed) {
        Finding f = t.finding();
        Region region = new Region().withStartLine(Math.max(1, f.location().line()));
        if (f.location().line() > 0 && f.location().column() > 0) {
            region.withStartColumn(f.location().column());
        }
        if (!t.excerpt().isEmpty()) {
            int at = t.excerpt().line() - t.excerpt().firstLine();
            region.withSnippet(new ArtifactContent().withText(t.excerpt().lines().get(at)));
        }
        PhysicalLocation physical = new PhysicalLocation()
                .withArtifactLocation(new ArtifactLocation().withUri(uri(t.path())).withUriBaseId("%SRCROOT%"))
                .withRegion(region);
        if (!t.excerpt().isEmpty()) {
            physical.withContextRegion(new Region()
                    .withStartLine(t.excerpt().firstLine())
                    .withEndLine(t.excerpt().firstLine() + t.excerpt().lines().size() - 1)
                    .withSnippet(new ArtifactContent().withText(String.join("\n", t.excerpt().lines()) + "\n")));
        }
        String fix = f.remediation().isEmpty() ? "" : " Fix: " + f.remediation();
        String cite = f.cite() == null || f.cite().isEmpty() ? "" : " (" + f.cite() + ")";
        Result result = new Result()
                .withRuleId(f.requirementId())
                .withRuleIndex(index)
                .withLevel(level(f.severity()))
                .withMessage(new Message().withText(f.message() + cite + fix))
                .withLocations(List.of(new Location().withPhysicalLocation(physical)))
                .withPartialFingerprints(new PartialFingerprints()
                        .withAdditionalProperty(LINE_HASH, t.fingerprint().substring(0, 16) + ":" + t.occurrence())
                        .withAdditionalProperty(FINGERPRINT, t.fingerprint()))
                .withProperties(new PropertyBag()
                        .withAdditionalProperty("jurisdiction", f.jurisdiction())
                        .withAdditionalProperty("severity", f.severity().name())
                        .withAdditionalProperty("subject", f.subject())
                        .withAdditionalProperty("status", t.status().lowerCase()));
        if (t.suppression() != null) {
            org.edcomply.core.triage.Suppression s = t.suppression();
            Suppression suppression = new Suppression()
                    .withKind(s.source() == org.edcomply.core.triage.Suppression.Source.CODE
                            ? Suppression.Kind.IN_SOURCE : Suppression.Kind.EXTERNAL)
                    .withStatus(Suppression.Status.ACCEPTED)
                    .withJustification(s.reason());
            PropertyBag props = new PropertyBag();
            if (!s.approver().isEmpty()) {
                props.withAdditionalProperty("approver", s.approver());
            }
            if (s.until() != null) {
                props.withAdditionalProperty("until", s.until().toString());
            }
            props.withAdditionalProperty("declaredAt", s.declaredAt().toString());
            result.withSuppressions(new LinkedHashSet<>(List.of(suppression.withProperties(props))));
        } else if (baselineUsed) {
            result.withBaselineState(t.status() == TriagedFinding.Status.BASELINE
                    ? Result.BaselineState.UNCHANGED : Result.BaselineState.NEW);
        }
        return result;
    }

    /** Remediation as a rule-level text: parameters filled in, per-finding placeholders named. */
    static String generic(String template, Map<String, Object> params) {
        String filled = FindingSink.fill(template, params);
        return filled.replaceAll("\\{([A-Za-z][A-Za-z0-9_]*)}", "<$1>");
    }

    /** A relative URI reference: path segments percent-encoded, {@code /} kept. */
    static String uri(String path) {
        StringBuilder out = new StringBuilder();
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format("%02X", c));
            }
        }
        return out.toString();
    }

    private static String md(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("*", "\\*").replace("_", "\\_");
    }
}
