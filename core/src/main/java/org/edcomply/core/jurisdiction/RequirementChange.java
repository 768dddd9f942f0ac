package org.edcomply.core.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;

/**
 * A change to one requirement, from a variant or an overlay. Null fields leave the requirement's
 * own value; parameters are merged (the change's win) and checked against the requirement's
 * check type when the change is applied, since an overlay does not know its target's check types.
 *
 * @param params  the parameters as written, by name
 * @param paramAt where each parameter value is written
 * @param reason  why; required in overlays so that a disabled or weakened requirement is explained
 * @param at      where the change is written
 */
public record RequirementChange(String requirementId, Severity severity, Map<String, JsonNode> params,
                                Map<String, Location> paramAt, String cite, String link, String message,
                                String remediation, LocalDate effective, LocalDate until, boolean disabled,
                                String reason, Location at) {

    public RequirementChange {
        params = Map.copyOf(params);
        paramAt = Map.copyOf(paramAt);
    }

    /** The changed requirement, or an error at the parameter that does not fit the check type. */
    public Requirement applyTo(Requirement r, CheckType type) {
        Map<String, Object> merged = new LinkedHashMap<>(r.params());
        List<InputException> errors = new ArrayList<>();
        params.forEach((name, raw) -> {
            CheckType.Parameter declared = type.parameters().get(name);
            Location where = paramAt.getOrDefault(name, at);
            if (declared == null) {
                errors.add(new InputException(where, "check '" + type.name() + "' of " + r.id() + " has no parameter '"
                        + name + "'" + org.edcomply.core.io.Suggestions.hint(name, type.parameters().keySet())
                        + " Its parameters: " + String.join(", ", type.parameters().keySet()) + "."));
                return;
            }
            Object value = declared.type().convert(raw);
            if (value == null) {
                errors.add(new InputException(where, "parameter '" + name + "' of check '" + type.name() + "' must be "
                        + declared.type().description() + ", found " + (raw.isTextual() ? "'" + raw.asText() + "'" : raw)));
                return;
            }
            merged.put(name, value);
        });
        InputErrors.throwIfAny(errors);
        return r.with(merged, severity != null ? severity : r.severity(), cite != null ? cite : r.cite(),
                link != null ? link : r.link(), message != null ? message : r.message(),
                remediation != null ? remediation : r.remediation(), r.title(),
                effective != null ? effective : r.effective(), until != null ? until : r.until());
    }
}
