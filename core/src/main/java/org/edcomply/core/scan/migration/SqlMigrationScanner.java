package org.edcomply.core.scan.migration;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.ConfigFile;
import org.edcomply.core.model.Location;

/**
 * SQL migrations and schema scripts: Flyway's {@code V1__init.sql}, Liquibase formatted SQL, Spring's
 * {@code schema.sql}. The columns they create become facts; columns with personal-data names become
 * personal-data facts.
 */
public final class SqlMigrationScanner {

    private SqlMigrationScanner() {
    }

    public static boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".sql");
    }

    public static List<Object> scan(Path file, String display) {
        List<Object> facts = new ArrayList<>();
        try {
            String text = InputLimits.readText(file, display);
            List<SqlDdl.Column> columns = SqlDdl.columns(text, new Location(display, 1, 1));
            facts.add(new ConfigFile(new Location(display, 1, 0), ConfigFile.SQL_MIGRATION, ""));
            facts.addAll(MigrationColumns.facts(display, columns));
        } catch (InputException e) {
            facts.add(e.asFact("SQL could not be read: "));
        }
        return facts;
    }
}
