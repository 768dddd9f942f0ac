package org.edcomply.core.scan.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.edcomply.annotations.Sensitivity;
import org.edcomply.core.model.DatabaseColumn;
import org.edcomply.core.model.PersonalDataElement;

/**
 * Turns the columns a migration creates into facts: every column as a {@link DatabaseColumn}, and
 * the ones whose name says they hold personal data also as a {@link PersonalDataElement}, just like
 * an entity field found by name.
 */
final class MigrationColumns {

    private MigrationColumns() {
    }

    static List<Object> facts(String file, List<SqlDdl.Column> columns) {
        List<Object> facts = new ArrayList<>();
        for (SqlDdl.Column c : columns) {
            facts.add(new DatabaseColumn(c.location(), file, c.table(), c.name(), c.type()));
            ColumnClassifier.classify(c.name(), c.type()).ifPresent(m -> facts.add(new PersonalDataElement(
                    c.location(), c.table(), c.name(), m.category(), ColumnClassifier.subject(c.table()),
                    Sensitivity.DEFAULT, null, Set.of(), PersonalDataElement.Origin.HEURISTIC,
                    "column " + c.table() + "." + c.name() + " in " + file + " reads as '" + m.pattern() + "'")));
        }
        return facts;
    }
}
