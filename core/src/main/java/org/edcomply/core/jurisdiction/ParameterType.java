package org.edcomply.core.jurisdiction;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** The types a check-type parameter may have, and how a YAML value is checked and converted. */
public enum ParameterType {
    INTEGER("integer", "an integer") {
        @Override
        Object convert(JsonNode v) {
            return v.isIntegralNumber() && v.canConvertToInt() ? v.intValue() : null;
        }
    },
    STRING("string", "a string") {
        @Override
        Object convert(JsonNode v) {
            return v.isTextual() ? v.textValue() : v.isValueNode() && !v.isNull() ? v.asText() : null;
        }
    },
    BOOLEAN("boolean", "true or false") {
        @Override
        Object convert(JsonNode v) {
            return v.isBoolean() ? v.booleanValue() : null;
        }
    },
    STRING_LIST("string-list", "a list of strings") {
        @Override
        Object convert(JsonNode v) {
            if (!v.isArray()) {
                return null;
            }
            List<String> items = new ArrayList<>();
            for (JsonNode item : v) {
                if (!item.isValueNode() || item.isNull()) {
                    return null;
                }
                items.add(item.asText());
            }
            return List.copyOf(items);
        }
    },
    DATE("date", "a date written YYYY-MM-DD") {
        @Override
        Object convert(JsonNode v) {
            if (!v.isTextual()) {
                return null;
            }
            try {
                return LocalDate.parse(v.textValue()).toString();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    };

    private final String yamlName;
    private final String description;

    ParameterType(String yamlName, String description) {
        this.yamlName = yamlName;
        this.description = description;
    }

    /** The value converted to its Java form, or {@code null} when it is not of this type. */
    abstract Object convert(JsonNode value);

    public String yamlName() {
        return yamlName;
    }

    public String description() {
        return description;
    }

    static ParameterType fromYaml(String name) {
        for (ParameterType t : values()) {
            if (t.yamlName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException(name);
    }
}
