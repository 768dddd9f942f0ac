package org.edcomply.core.triage;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.engine.ComplianceSession;
import org.edcomply.core.engine.RuleBase;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.CodeSuppression;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Requirement;

/**
 * Applies suppressions and the baseline to an analysis: findings stay in the result either way,
 * marked suppressed or baseline. Suppressions that expired or match nothing become findings of
 * EdComply's own requirements ({@code EDC-SUPPRESSION-EXPIRED}, {@code EDC-SUPPRESSION-STALE}),
 * through the same rules, so their severity and wording live in YAML like every other requirement.
 */
public final class Triage {

    /** Findings about suppressions themselves are never suppressed or baselined away. */
    static final Set<String> OWN_KINDS = Set.of(AnalysisProblem.SUPPRESSION_EXPIRED, AnalysisProblem.SUPPRESSION_STALE,
            AnalysisProblem.INVALID_SUPPRESSION);

    private final RuleBase rules;
    private final LocalDate today;

    public Triage(RuleBase rules, LocalDate today) {
        this.rules = rules;
        this.today = today;
    }

    /**
     * @param projectRoot      the module root, to read the lines findings point at
     * @param module           the module's folder relative to the reactor root, {@code ""} for a single project
     * @param fileSuppressions entries of the suppressions file
     * @param baseline         the baseline, or null
     */
    public TriageResult apply(AnalysisResult result, Path projectRoot, String module,
                              List<Suppression> fileSuppressions, Baseline baseline) {
        SourceContext source = new SourceContext(projectRoot);
        List<Finding> findings = new ArrayList<>(result.findings());
        List<Suppression> suppressions = new ArrayList<>();
        List<AnalysisProblem> problems = new ArrayList<>();
        for (CodeSuppression code : result.facts(CodeSuppression.class)) {
            fromCode(code, problems).ifPresent(suppressions::add);
        }
        suppressions.addAll(fileSuppressions);

        List<TriagedFinding> triaged = fingerprint(findings, source, module);
        Map<Suppression, Integer> matched = new java.util.IdentityHashMap<>(); // equal entries are still two decisions
        List<TriagedFinding> afterSuppressions = new ArrayList<>();
        for (TriagedFinding f : triaged) {
            TriagedFinding out = f;
            if (!isOwn(f.finding())) {
                for (Suppression s : suppressions) {
                    if (s.covers(f)) {
                        matched.merge(s, 1, Integer::sum);
                        if (!s.isExpiredOn(today) && out.status() == TriagedFinding.Status.ACTIVE) {
                            out = f.with(TriagedFinding.Status.SUPPRESSED, s);
                        }
                    }
                }
            }
            afterSuppressions.add(out);
        }

        List<TriageResult.SuppressionUse> uses = new ArrayList<>();
        for (Suppression s : suppressions) {
            int count = matched.getOrDefault(s, 0);
            TriageResult.State state;
            if (s.isExpiredOn(today)) {
                state = TriageResult.State.EXPIRED;
                problems.add(new AnalysisProblem(s.declaredAt(), AnalysisProblem.SUPPRESSION_EXPIRED,
                        s.describe() + " expired on " + s.until() + (count == 0 ? "" : "; it would match "
                                + count + (count == 1 ? " finding" : " findings"))));
            } else if (count == 0) {
                state = TriageResult.State.STALE;
                problems.add(new AnalysisProblem(s.declaredAt(), AnalysisProblem.SUPPRESSION_STALE, s.describe()));
            } else {
                state = TriageResult.State.APPLIED;
            }
            uses.add(new TriageResult.SuppressionUse(s, state, count));
        }
        List<Requirement> own = result.requirements().stream()
                .filter(r -> "analysis-problem".equals(r.check()) && r.hasParam("kind")
                        && OWN_KINDS.contains(r.stringParam("kind")))
                .toList();
        if (!problems.isEmpty() && !own.isEmpty()) {
            List<Finding> more = new ComplianceSession(rules).evaluate(own, problems);
            afterSuppressions.addAll(fingerprint(more, source, module));
        }

        List<BaselineEntry> fixed = new ArrayList<>();
        List<TriagedFinding> all = baseline == null ? afterSuppressions : applyBaseline(afterSuppressions, baseline, fixed);
        all.sort(Comparator.comparing(TriagedFinding::finding, Finding.ORDER));
        return new TriageResult(all, baseline == null ? null : baseline.file(), fixed, uses);
    }

    private static boolean isOwn(Finding f) {
        return f.requirementId().startsWith("EDC-SUPPRESSION-");
    }

    private List<TriagedFinding> applyBaseline(List<TriagedFinding> findings, Baseline baseline,
                                               List<BaselineEntry> fixed) {
        Map<String, Integer> remaining = new HashMap<>();
        baseline.entries().forEach(e -> remaining.merge(e.fingerprint(), 1, Integer::sum));
        List<TriagedFinding> out = new ArrayList<>();
        for (TriagedFinding f : findings) {
            boolean known = !isOwn(f.finding()) && remaining.getOrDefault(f.fingerprint(), 0) > 0;
            if (known) {
                remaining.merge(f.fingerprint(), -1, Integer::sum);
            }
            out.add(known && f.status() == TriagedFinding.Status.ACTIVE
                    ? f.with(TriagedFinding.Status.BASELINE, null) : f);
        }
        for (BaselineEntry e : baseline.entries()) {
            int left = remaining.getOrDefault(e.fingerprint(), 0);
            if (left > 0) {
                fixed.add(e);
                remaining.put(e.fingerprint(), left - 1);
            }
        }
        return out;
    }

    private static List<TriagedFinding> fingerprint(List<Finding> findings, SourceContext source, String module) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        Map<String, Integer> seen = new HashMap<>();
        List<TriagedFinding> out = new ArrayList<>();
        for (Finding f : sorted) {
            String fp = Fingerprint.of(f, source.normalisedLine(f.location()));
            int occurrence = seen.merge(fp, 1, Integer::sum);
            out.add(new TriagedFinding(f, module, fp, occurrence, source.excerpt(f.location()),
                    TriagedFinding.Status.ACTIVE, null));
        }
        return out;
    }

    private java.util.Optional<Suppression> fromCode(CodeSuppression code, List<AnalysisProblem> problems) {
        String why = null;
        LocalDate until = null;
        if (code.requirements().isEmpty() || code.requirements().stream().anyMatch(String::isBlank)) {
            why = "@SuppressCompliance on " + code.target() + " names no requirement id";
        } else if (code.reason().isBlank()) {
            why = "@SuppressCompliance on " + code.target() + " has no reason";
        } else if (!code.until().isBlank()) {
            try {
                until = LocalDate.parse(code.until().strip());
            } catch (DateTimeParseException e) {
                why = "@SuppressCompliance on " + code.target() + ": until '" + code.until()
                        + "' is not a date; expected yyyy-MM-dd";
            }
        }
        if (why != null) {
            problems.add(new AnalysisProblem(code.location(), AnalysisProblem.INVALID_SUPPRESSION, why));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Suppression(Suppression.Source.CODE, code.location(), code.requirements(),
                null, null, "", code.location().file(), code.fromLine(), code.toLine(), code.target(),
                code.reason().strip(), "", until));
    }
}
