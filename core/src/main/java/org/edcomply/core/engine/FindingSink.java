package org.edcomply.core.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;

/**
 * Where rules report what they find: the DRL global {@code findings}. Append-only, so that no rule
 * can retract another rule's finding. Fills the requirement's message and remediation templates
 * ({@code {name}} placeholders) with the values the rule passes.
 */
public final class FindingSink {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)}");

    private final List<Finding> findings = new ArrayList<>();
    private final List<RuleFailure> failures = new ArrayList<>();

    /**
     * A rule whose consequence threw while evaluating {@code requirement} (null when the match held
     * none) on a fact at {@code location} (null when none had one).
     */
    public record RuleFailure(String rule, Requirement requirement, Location location, Exception exception) {
    }

    /**
     * Reports that {@code requirement} is not met at {@code location}.
     *
     * @param subject   what the finding is about, stable across line moves (a member, a key)
     * @param keyValues placeholder names and values, alternating: {@code "minAge", 8, "age", 13}
     */
    public synchronized void report(Requirement requirement, Location location, String subject, Object... keyValues) {
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("placeholders must come in name/value pairs: " + requirement.check());
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put(String.valueOf(keyValues[i]), keyValues[i + 1]);
        }
        values.putAll(requirement.params());
        findings.add(new Finding(requirement.id(), requirement.jurisdiction(), requirement.check(),
                requirement.severity(), requirement.title(), fill(requirement.message(), values),
                fill(requirement.remediation(), values), requirement.cite(), requirement.link(), location, subject));
    }

    public synchronized List<Finding> findings() {
        return List.copyOf(findings);
    }

    /** Records a rule that failed; {@link ComplianceSession} turns each into a finding. */
    synchronized void ruleFailed(RuleFailure failure) {
        failures.add(failure);
    }

    synchronized List<RuleFailure> failures() {
        return List.copyOf(failures);
    }

    /** Replaces {@code {name}} by its value; unknown names stay as written (loading rejects them). */
    public static String fill(String template, Map<String, Object> values) {
        if (template == null) {
            return "";
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = values.get(m.group(1));
            String text = value == null ? m.group() : value instanceof List<?> list
                    ? String.join(", ", list.stream().map(String::valueOf).toList()) : String.valueOf(value);
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The placeholder names a template uses, for validation at load time. */
    public static List<String> placeholders(String template) {
        List<String> names = new ArrayList<>();
        if (template != null) {
            Matcher m = PLACEHOLDER.matcher(template);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
