package org.edcomply.core.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.edcomply.core.engine.FindingSink;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.Suggestions;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;

/**
 * Reads one jurisdiction file or overlay and checks it completely: its shape against the published
 * JSON Schema, then every requirement against its check type (known type, known and well-typed
 * parameters, placeholders its message may use), every variant against the requirements it
 * changes. Every problem is reported with file:line:column, all at once.
 */
public final class JurisdictionParser {

    private static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath("/org/edcomply/core/jurisdiction.schema.json");

    private final CheckTypeRegistry checks;

    public JurisdictionParser(CheckTypeRegistry checks) {
        this.checks = checks;
    }

    /** Reads a jurisdiction file; an overlay is an error here. */
    public Jurisdiction parse(String text, String file) {
        RuleFile parsed = parseAny(text, file);
        if (parsed instanceof Jurisdiction j) {
            return j;
        }
        throw new InputException(((Overlay) parsed).definedAt(), "expected a jurisdiction file (with 'id'), found an overlay");
    }

    /** Reads a jurisdiction file or, when it has {@code overlay:}, an overlay. */
    public RuleFile parseAny(String text, String file) {
        YamlDocument doc = YamlReader.readSingle(text, file);
        InputErrors.throwIfAny(SCHEMA.validate(doc));
        JsonNode root = doc.root();
        List<InputException> errors = new ArrayList<>();
        boolean overlay = root.has("overlay");
        String owner = overlay ? root.get("overlay").asText() : root.get("id").asText();

        List<Requirement> requirements = new ArrayList<>();
        JsonNode list = root.path("requirements");
        for (int i = 0; i < list.size(); i++) {
            requirement(doc, "/requirements/" + i, list.get(i), owner, errors).ifPresent(requirements::add);
        }
        Map<String, Requirement> byId = new LinkedHashMap<>();
        for (Requirement r : requirements) {
            Requirement first = byId.putIfAbsent(r.id(), r);
            if (first != null) {
                errors.add(new InputException(r.definedAt(), "duplicate requirement id '" + r.id()
                        + "' (first at line " + first.definedAt().line() + ")"));
            }
        }

        if (overlay) {
            List<RequirementChange> changes = changes(doc, "/changes", errors, true);
            InputErrors.throwIfAny(errors);
            return new Overlay(owner, List.copyOf(requirements), changes, doc.keyLocation("/overlay"));
        }

        Map<String, Jurisdiction.Variant> variants = new LinkedHashMap<>();
        root.path("variants").properties().forEach(e -> {
            String pointer = YamlDocument.child("/variants", e.getKey());
            List<RequirementChange> changes = changes(doc, pointer + "/changes", errors, false);
            for (RequirementChange change : changes) {
                Requirement target = byId.get(change.requirementId());
                if (target == null) {
                    errors.add(unknownRequirement(change, byId.keySet(), owner));
                } else if (change.disabled()) {
                    errors.add(new InputException(change.at(), "a variant cannot disable a requirement; "
                            + "give it a parameter or severity instead"));
                } else {
                    try {
                        change.applyTo(target, checks.find(target.check()).orElseThrow());
                    } catch (InputException | InputErrors problem) {
                        errors.addAll(problem instanceof InputErrors many ? many.errors() : List.of((InputException) problem));
                    }
                }
            }
            variants.put(e.getKey(), new Jurisdiction.Variant(e.getKey(), e.getValue().path("name").asText(),
                    changes, doc.keyLocation(pointer)));
        });
        InputErrors.throwIfAny(errors);
        List<String> extendsIds = new ArrayList<>();
        root.path("extends").forEach(x -> extendsIds.add(x.asText()));
        return new Jurisdiction(owner, root.path("name").asText(""), root.path("region").asText(""),
                root.path("regime").asText(""), root.path("always").asBoolean(false), List.copyOf(extendsIds),
                variants, List.copyOf(requirements), doc.keyLocation("/id"));
    }

    static InputException unknownRequirement(RequirementChange change, java.util.Collection<String> known, String owner) {
        return new InputException(change.at(), "'" + owner + "' has no requirement '" + change.requirementId() + "'"
                + Suggestions.hint(change.requirementId(), known));
    }

    private static List<RequirementChange> changes(YamlDocument doc, String pointer, List<InputException> errors,
                                                   boolean reasonRequired) {
        List<RequirementChange> changes = new ArrayList<>();
        JsonNode list = doc.root().at(pointer);
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode c = list.get(i);
            if (reasonRequired && !c.has("reason")) {
                errors.add(new InputException(doc.keyLocation(at + "/requirement"), "a change in an overlay needs a "
                        + "'reason' saying why (it is shown wherever the change takes effect)"));
            }
            Map<String, JsonNode> params = new LinkedHashMap<>();
            Map<String, Location> paramAt = new LinkedHashMap<>();
            c.path("with").properties().forEach(e -> {
                params.put(e.getKey(), e.getValue());
                paramAt.put(e.getKey(), doc.valueLocation(at + "/with/" + e.getKey()));
            });
            changes.add(new RequirementChange(c.get("requirement").asText(),
                    c.has("severity") ? Severity.parse(c.get("severity").asText()) : null, params, paramAt,
                    text(c, "cite"), text(c, "link"), text(c, "message"), text(c, "remediation"),
                    date(doc, at, "effective"), date(doc, at, "until"), c.path("disabled").asBoolean(false), text(c, "reason"),
                    doc.keyLocation(at + "/requirement")));
        }
        return changes;
    }

    private Optional<Requirement> requirement(YamlDocument doc, String pointer, JsonNode node, String jurisdiction,
                                              List<InputException> errors) {
        String checkName = node.get("check").asText();
        Optional<CheckType> found = checks.find(checkName);
        if (found.isEmpty()) {
            errors.add(new InputException(doc.valueLocation(pointer + "/check"), "unknown check type '" + checkName
                    + "'" + Suggestions.hint(checkName, checks.names()) + " Known check types: "
                    + String.join(", ", checks.names()) + "."));
            return Optional.empty();
        }
        CheckType check = found.get();
        int before = errors.size();
        Map<String, Object> params = parameters(doc, pointer, node.path("with"), check, errors);
        for (String field : List.of("message", "remediation")) {
            for (String name : FindingSink.placeholders(node.path(field).asText(""))) {
                if (!check.placeholders().containsKey(name) && !check.parameters().containsKey(name)) {
                    List<String> known = new ArrayList<>(check.placeholders().keySet());
                    known.addAll(check.parameters().keySet());
                    errors.add(new InputException(doc.valueLocation(pointer + "/" + field), "placeholder {" + name
                            + "} is not provided by check '" + checkName + "'" + Suggestions.hint(name, known)
                            + " Available: " + String.join(", ", known.stream().map(k -> "{" + k + "}").toList()) + "."));
                }
            }
        }
        LocalDate effective;
        LocalDate until;
        try {
            effective = date(doc, pointer, "effective");
            until = date(doc, pointer, "until");
        } catch (InputException e) {
            errors.add(e);
            return Optional.empty();
        }
        if (effective != null && until != null && until.isBefore(effective)) {
            errors.add(new InputException(doc.valueLocation(pointer + "/until"), "until " + until
                    + " is before effective " + effective));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Requirement(node.get("id").asText(), jurisdiction, checkName, params,
                Severity.parse(node.get("severity").asText()), node.path("title").asText(""),
                node.path("message").asText(""), node.path("remediation").asText(""), node.path("cite").asText(""),
                node.path("link").asText(""), doc.keyLocation(pointer + "/id"), effective, until));
    }

    private static Map<String, Object> parameters(YamlDocument doc, String pointer, JsonNode with, CheckType check,
                                                  List<InputException> errors) {
        Map<String, Object> params = new LinkedHashMap<>();
        with.properties().forEach(e -> {
            String name = e.getKey();
            String at = pointer + "/with/" + name;
            CheckType.Parameter declared = check.parameters().get(name);
            if (declared == null) {
                errors.add(new InputException(doc.keyLocation(at), "check '" + check.name()
                        + "' has no parameter '" + name + "'" + Suggestions.hint(name, check.parameters().keySet())
                        + " Its parameters: " + String.join(", ", check.parameters().keySet()) + "."));
                return;
            }
            Object value = declared.type().convert(e.getValue());
            if (value == null) {
                errors.add(new InputException(doc.valueLocation(at), "parameter '" + name + "' of check '"
                        + check.name() + "' must be " + declared.type().description() + ", found "
                        + describe(e.getValue())));
                return;
            }
            params.put(name, value);
        });
        for (CheckType.Parameter p : check.parameters().values()) {
            if (params.containsKey(p.name()) || with.has(p.name())) {
                continue;
            }
            if (p.defaultValue() != null) {
                params.put(p.name(), p.defaultValue());
            } else if (p.required()) {
                errors.add(new InputException(doc.keyLocation(with.isMissingNode() ? pointer + "/check" : pointer + "/with"),
                        "check '" + check.name() + "' needs parameter '" + p.name() + "' (" + p.type().description()
                                + "): " + p.description()));
            }
        }
        return params;
    }

    private static String text(JsonNode node, String field) {
        return node.has(field) ? node.get(field).asText() : null;
    }

    /** Dates are checked for shape by the schema; an impossible day (2026-02-30) is caught here. */
    private static LocalDate date(YamlDocument doc, String pointer, String field) {
        JsonNode node = doc.root().at(pointer);
        if (!node.has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(node.get(field).asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InputException(doc.valueLocation(pointer + "/" + field), "'" + node.get(field).asText()
                    + "' is not a day of the calendar");
        }
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "'" + value.asText() + "'";
        }
        return value.isObject() ? "a mapping" : value.isArray() ? "a list" : value.toString();
    }
}
