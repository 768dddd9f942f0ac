package org.edcomply.core.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
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
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;

/**
 * Reads one jurisdiction file and checks it completely: its shape against the published JSON
 * Schema, then every requirement against its check type (known type, known and well-typed
 * parameters, placeholders its message may use). Every problem is reported with file:line.
 */
public final class JurisdictionParser {

    private static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath("/org/edcomply/core/jurisdiction.schema.json");

    private final CheckTypeRegistry checks;

    public JurisdictionParser(CheckTypeRegistry checks) {
        this.checks = checks;
    }

    public Jurisdiction parse(String text, String file) {
        YamlDocument doc = YamlReader.readSingle(text, file);
        InputErrors.throwIfAny(SCHEMA.validate(doc));
        JsonNode root = doc.root();
        String id = root.get("id").asText();
        List<InputException> errors = new ArrayList<>();
        List<Requirement> requirements = new ArrayList<>();
        JsonNode list = root.path("requirements");
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/requirements/" + i;
            requirement(doc, pointer, list.get(i), id, errors).ifPresent(requirements::add);
        }
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < requirements.size(); i++) {
            Integer first = seen.putIfAbsent(requirements.get(i).id(), i);
            if (first != null) {
                errors.add(new InputException(requirements.get(i).definedAt(), "duplicate requirement id '"
                        + requirements.get(i).id() + "' (first at line " + requirements.get(first).definedAt().line() + ")"));
            }
        }
        InputErrors.throwIfAny(errors);
        return new Jurisdiction(id, root.path("name").asText(""), root.path("region").asText(""),
                root.path("regime").asText(""), root.path("always").asBoolean(false), List.copyOf(requirements),
                doc.keyLocation("/id"));
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
        if (errors.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Requirement(node.get("id").asText(), jurisdiction, checkName, params,
                Severity.parse(node.get("severity").asText()), node.path("title").asText(""),
                node.path("message").asText(""), node.path("remediation").asText(""), node.path("cite").asText(""),
                node.path("link").asText(""), doc.keyLocation(pointer + "/id")));
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

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "'" + value.asText() + "'";
        }
        return value.isObject() ? "a mapping" : value.isArray() ? "a list" : value.toString();
    }
}
