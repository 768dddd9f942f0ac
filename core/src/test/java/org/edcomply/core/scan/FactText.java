package org.edcomply.core.scan;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.edcomply.core.model.Location;

/**
 * A fact as one line of text for expected-facts files: {@code file:line:col Type name=value ...}.
 * The {@code file} component is left out (the location names it), and so are empty values.
 */
final class FactText {

    private FactText() {
    }

    static String of(Object fact) {
        if (!fact.getClass().isRecord()) {
            return fact.toString();
        }
        Location location = null;
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : fact.getClass().getRecordComponents()) {
            Object value;
            try {
                value = c.getAccessor().invoke(fact);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            if (c.getName().equals("location")) {
                location = (Location) value;
            } else if (!c.getName().equals("file") && !isEmpty(value)) {
                parts.add(c.getName() + "=" + value);
            }
        }
        return location + " " + fact.getClass().getSimpleName() + (parts.isEmpty() ? "" : " " + String.join(" ", parts));
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof String s && s.isEmpty() || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
