package org.edcomply.core.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.edcomply.core.model.DatabaseColumn;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.PersonalDataElement;

/**
 * A migration column and the entity field that maps it are the same data. When the field is
 * annotated with {@code @PersonalData} (and perhaps {@code @LegalBasis}), the annotation is what the
 * team declared; the column's guess by name is dropped so that it does not report the same data
 * twice, or without the basis the field carries.
 */
public final class ColumnReconciliation {

    private ColumnReconciliation() {
    }

    public static List<Object> apply(List<Object> facts) {
        Set<Location> columns = new HashSet<>();
        Set<String> annotated = new HashSet<>();
        for (Object f : facts) {
            if (f instanceof DatabaseColumn c) {
                columns.add(c.location());
            } else if (f instanceof PersonalDataElement e && e.origin() == PersonalDataElement.Origin.ANNOTATION) {
                annotated.add(key(e.owner(), e.member()));
            }
        }
        List<Object> kept = new ArrayList<>(facts.size());
        for (Object f : facts) {
            if (f instanceof PersonalDataElement e && e.origin() == PersonalDataElement.Origin.HEURISTIC
                    && columns.contains(e.location()) && annotated.contains(key(e.owner(), e.member()))) {
                continue;
            }
            kept.add(f);
        }
        return kept;
    }

    /** {@code pupils.allergy_notes} and {@code Pupil.allergyNotes} give the same key. */
    static String key(String owner, String member) {
        return singular(simple(owner)) + "." + simple(member);
    }

    private static String simple(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String singular(String name) {
        if (name.endsWith("ies") && name.length() > 4) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("es") && (name.endsWith("sses") || name.endsWith("xes") || name.endsWith("ches"))) {
            return name.substring(0, name.length() - 2);
        }
        return name.endsWith("s") && !name.endsWith("ss") ? name.substring(0, name.length() - 1) : name;
    }
}
