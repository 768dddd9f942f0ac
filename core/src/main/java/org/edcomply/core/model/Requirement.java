package org.edcomply.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One obligation of one jurisdiction, as written in its YAML file: which check type verifies it,
 * with which parameters, and what to tell the user when it is not met.
 *
 * <p>Requirements are inserted into the rule session as facts; the DRL rule of the check type joins
 * them with the scanner facts. Parameters have been validated against the check type's declaration
 * when the file was loaded, so the typed accessors below do not fail on a loaded requirement.
 *
 * @param id          stable identifier, e.g. {@code COPPA-PARENTAL-CONSENT}
 * @param jurisdiction the id of the jurisdiction file that declares it, e.g. {@code us-coppa}
 * @param check       the check type, e.g. {@code parental-consent-below-age}
 * @param params      the {@code with:} parameters
 * @param definedAt   where the requirement is written, for load errors and the catalogue
 * @param effective   the first day the requirement applies, or null (always applied)
 * @param until       the last day it applies, or null (no end)
 */
public record Requirement(
        String id,
        String jurisdiction,
        String check,
        Map<String, Object> params,
        Severity severity,
        String title,
        String message,
        String remediation,
        String cite,
        String link,
        Location definedAt,
        LocalDate effective,
        LocalDate until) {

    public Requirement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(check, "check");
        params = Map.copyOf(params);
    }

    /** A requirement without effective dates: it always applies. */
    public Requirement(String id, String jurisdiction, String check, Map<String, Object> params, Severity severity,
                       String title, String message, String remediation, String cite, String link, Location definedAt) {
        this(id, jurisdiction, check, params, severity, title, message, remediation, cite, link, definedAt, null, null);
    }

    /** Whether the requirement applies on {@code day}. */
    public boolean appliesOn(LocalDate day) {
        return (effective == null || !day.isBefore(effective)) && (until == null || !day.isAfter(until));
    }

    /**
     * This requirement as an early warning: reported as INFO, its message saying from when it
     * applies, so a team sees a deadline coming before it blocks.
     */
    public Requirement asUpcoming() {
        return new Requirement(id, jurisdiction, check, params, Severity.INFO, title,
                "Applies from " + effective + " (" + severity + "): " + message, remediation, cite, link, definedAt,
                effective, until);
    }

    /** A copy with other parameters, severity and texts (variants and overlays). */
    public Requirement with(Map<String, Object> newParams, Severity newSeverity, String newCite, String newLink,
                            String newMessage, String newRemediation, String newTitle, LocalDate newEffective,
                            LocalDate newUntil) {
        return new Requirement(id, jurisdiction, check, newParams, newSeverity, newTitle, newMessage, newRemediation,
                newCite, newLink, definedAt, newEffective, newUntil);
    }

    public int intParam(String name) {
        return ((Number) param(name)).intValue();
    }

    public String stringParam(String name) {
        return String.valueOf(param(name));
    }

    public boolean boolParam(String name) {
        return (Boolean) param(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> listParam(String name) {
        return (List<String>) param(name);
    }

    public boolean hasParam(String name) {
        return params.containsKey(name);
    }

    private Object param(String name) {
        Object value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("requirement " + id + " has no parameter '" + name + "'");
        }
        return value;
    }
}
