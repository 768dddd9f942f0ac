package org.edcomply.core.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Requirement;
import org.kie.api.runtime.KieSession;

/**
 * One evaluation: requirements and scanner facts go in, findings come out, sorted. A session is
 * cheap, made per module and always disposed.
 */
public final class ComplianceSession {

    /** A rule that keeps re-firing would hang the build; no real rule set comes near this. */
    static final int MAX_FIRINGS = 1_000_000;

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
            findings.sort(Finding.ORDER);
            return findings;
        });
    }
}
