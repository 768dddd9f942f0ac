package org.edcomply.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edcomply.core.model.Location;

/**
 * Builds a fact record from test data: {@code Audience: {at: "edcomply.yaml:4", minAge: 8}}. Every
 * component of the record can be given by name; {@code at} is the location ({@code file:line});
 * components left out are null, empty or false.
 */
final class FactBuilder {

    private FactBuilder() {
    }

    static Object build(String typeName, JsonNode fields) {
        Class<?> type;
        try {
            type = Class.forName("org.edcomply.core.model." + typeName);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("no fact type " + typeName);
        }
        if (!type.isRecord()) {
            throw new IllegalArgumentException(typeName + " is not a record");
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        List<String> known = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            known.add(c.getName());
            JsonNode value = c.getName().equals("location") ? fields.get("at") : fields.get(c.getName());
            args[i] = convert(value, c.getType(), c.getGenericType(), fields);
        }
        fields.fieldNames().forEachRemaining(name -> {
            if (!name.equals("at") && !known.contains(name)) {
                throw new IllegalArgumentException(typeName + " has no component '" + name + "'; it has " + known);
            }
        });
        try {
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + typeName + " from " + fields, e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object convert(JsonNode value, Class<?> type, Type generic, JsonNode all) {
        if (type == Location.class) {
            return location(value == null ? "Test.java:1" : value.asText());
        }
        if (value == null || value.isNull()) {
            if (type == boolean.class) {
                return false;
            }
            if (type == int.class) {
                return 0;
            }
            if (java.util.Set.class.isAssignableFrom(type)) {
                return java.util.Set.of();
            }
            if (List.class.isAssignableFrom(type)) {
                return List.of();
            }
            if (Map.class.isAssignableFrom(type)) {
                return Map.of();
            }
            return null;
        }
        if (type == String.class) {
            return value.asText();
        }
        if (type == Integer.class || type == int.class) {
            return value.intValue();
        }
        if (type == boolean.class || type == Boolean.class) {
            return value.booleanValue();
        }
        if (type.isEnum()) {
            return Enum.valueOf((Class<Enum>) type, value.asText());
        }
        if (java.util.Set.class.isAssignableFrom(type)) {
            LinkedHashSet<String> set = new LinkedHashSet<>();
            value.forEach(v -> set.add(v.asText()));
            return set;
        }
        if (List.class.isAssignableFrom(type)) {
            List<String> list = new ArrayList<>();
            value.forEach(v -> list.add(v.asText()));
            return list;
        }
        if (Map.class.isAssignableFrom(type)) {
            Map<String, String> map = new TreeMap<>();
            value.properties().forEach(e -> map.put(e.getKey(), e.getValue().asText()));
            return map;
        }
        throw new IllegalArgumentException("cannot convert " + value + " to " + type + " (" + generic + ")");
    }

    /** {@code file:line} or {@code file:line:column} or {@code file}. */
    static Location location(String text) {
        String[] parts = text.split(":");
        int line = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        int column = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        return new Location(parts[0], line, column);
    }
}
