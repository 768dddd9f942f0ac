package org.edcomply.core.engine;

import java.lang.reflect.Method;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.kie.api.runtime.KieRuntime;
import org.kie.api.runtime.rule.ConsequenceExceptionHandler;
import org.kie.api.runtime.rule.Match;
import org.kie.api.runtime.rule.RuleRuntime;

/**
 * Drools calls this when a rule's consequence throws. Instead of aborting the whole evaluation
 * (Drools' default), the failure is handed to the session's {@link FindingSink} with the
 * requirement the rule was evaluating and the location of the fact it matched, and the other
 * rules keep firing: one broken check must neither stop the build with a stack trace nor hide
 * what every other check found.
 *
 * <p>Drools instantiates the handler itself (it is a rule-base option naming a class), so it keeps
 * no state: everything goes to the sink, the session's {@code findings} global.
 */
public final class RuleFailures implements ConsequenceExceptionHandler {

    @Override
    public void handleException(Match match, RuleRuntime runtime, Exception exception) {
        Object global = runtime instanceof KieRuntime kie ? kie.getGlobal("findings") : null;
        if (!(global instanceof FindingSink sink)) {
            // no sink to report to: fail loudly rather than lose the failure
            throw new IllegalStateException("rule '" + match.getRule().getName() + "' failed", exception);
        }
        Requirement requirement = null;
        Location location = null;
        for (Object fact : match.getObjects()) {
            if (fact instanceof Requirement r) {
                requirement = requirement == null ? r : requirement;
            } else if (location == null) {
                location = locationOf(fact);
            }
        }
        sink.ruleFailed(new FindingSink.RuleFailure(match.getRule().getName(), requirement, location, exception));
    }

    /** The {@code location()} every fact record has; null for anything else. */
    private static Location locationOf(Object fact) {
        try {
            Method accessor = fact.getClass().getMethod("location");
            Object value = accessor.invoke(fact);
            return value instanceof Location l ? l : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }
}
