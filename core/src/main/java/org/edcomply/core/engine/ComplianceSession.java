package org.edcomply.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation: requirements and scanner facts go in, findings come out, sorted. A session is
 * cheap, made per module and always disposed.
 *
 * <p>A rule whose consequence throws does not abort the evaluation ({@link RuleFailures}): the other
 * rules keep firing, and each failure becomes a finding of EdComply's own requirement for
 * {@link AnalysisProblem#RULE_FAILED} naming the requirement that could not be evaluated, so the
 * gate stays closed on it.
 */
public final class ComplianceSession {

    /** A rule that keeps re-firing would hang the build; no real rule set comes near this. */
    static final int MAX_FIRINGS = 1_000_000;
    private static final int MAX_MESSAGE = 300;

    private final RuleBase ruleBase;

    public ComplianceSession(RuleBase ruleBase) {
        this.ruleBase = ruleBase;
    }

    public List<Finding> evaluate(Collection<Requirement> requirements, Collection<?> facts) {
        return RuleBase.inRealm(() -> {
            FindingSink sink = new FindingSink();
            KieSession session = ruleBase.kieBase().newKieSession();
            try {
                session.setGlobal("findings", sink);
                requirements.forEach(session::insert);
                facts.forEach(session::insert);
                int fired = session.fireAllRules(MAX_FIRINGS);
                if (fired >= MAX_FIRINGS) {
                    throw new IllegalStateException("rules fired " + fired + " times without settling; a rule loops");
                }
            } finally {
                session.dispose();
            }
            List<Finding> findings = new ArrayList<>(sink.findings());
            findings.addAll(failures(sink.failures(), requirements));
            findings.sort(Finding.ORDER);
            return findings;
        });
    }

    /**
     * Each failed rule as a finding of the requirement for {@link AnalysisProblem#RULE_FAILED} (as the
     * {@code analysis-problem} check would report the problem). Without that requirement a failure
     * cannot be reported, so it stops the run instead of vanishing.
     */
    private static List<Finding> failures(List<FindingSink.RuleFailure> failures, Collection<Requirement> requirements) {
        if (failures.isEmpty()) {
            return List.of();
        }
        Optional<Requirement> own = requirements.stream()
                .filter(r -> "analysis-problem".equals(r.check()) && r.hasParam("kind")
                        && AnalysisProblem.RULE_FAILED.equals(r.stringParam("kind")))
                .findFirst();
        FindingSink out = new FindingSink();
        for (FindingSink.RuleFailure f : failures) {
            String detail = describe(f);
            if (own.isEmpty()) {
                throw new IllegalStateException(detail, f.exception());
            }
            Location at = f.location() != null ? f.location()
                    : f.requirement() != null && f.requirement().definedAt() != null ? f.requirement().definedAt()
                    : Location.ofFile("edcomply");
            String subject = f.requirement() == null ? f.rule() : f.requirement().id();
            out.report(own.get(), at, subject, "detail", detail);
        }
        return out.findings();
    }

    private static String describe(FindingSink.RuleFailure f) {
        Throwable cause = f.exception();
        // Drools wraps what the consequence threw; the user needs the original
        while (cause.getCause() != null && cause.getClass().getName().startsWith("org.drools")) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : ": " + cause.getMessage().lines().findFirst().orElse("");
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE) + "...";
        }
        String requirement = f.requirement() == null ? "a requirement"
                : "requirement " + f.requirement().id() + " (check type '" + f.requirement().check() + "')";
        return "the rule '" + f.rule() + "' failed while evaluating " + requirement + " with "
                + cause.getClass().getSimpleName() + message + ", so what it checks here is unknown";
    }
}
