package org.edcomply.core.scan;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.edcomply.core.scan.config.LoggingXmlScanner;
import org.edcomply.core.scan.config.PersistenceXmlScanner;
import org.edcomply.core.scan.config.WebXmlScanner;
import org.edcomply.core.scan.migration.LiquibaseScanner;
import org.edcomply.core.scan.migration.SqlMigrationScanner;

/**
 * Picks the scanner for a configuration file by its name: Spring Boot properties and YAML, web.xml,
 * logback and Log4j 2 XML, persistence.xml, Liquibase changelogs and SQL migrations. Files no
 * scanner claims are not configuration EdComply reads.
 */
public final class ConfigFileScanner {

    private record Scanner(Predicate<Path> accepts, BiFunction<Path, String, List<Object>> scan) {
    }

    // order matters: a changelog named *.yaml must not be read as Spring configuration
    private static final List<Scanner> SCANNERS = List.of(
            new Scanner(LiquibaseScanner::accepts, LiquibaseScanner::scan),
            new Scanner(SpringConfigScanner::accepts, SpringConfigScanner::scan),
            new Scanner(WebXmlScanner::accepts, WebXmlScanner::scan),
            new Scanner(LoggingXmlScanner::accepts, LoggingXmlScanner::scan),
            new Scanner(PersistenceXmlScanner::accepts, PersistenceXmlScanner::scan),
            new Scanner(SqlMigrationScanner::accepts, SqlMigrationScanner::scan));

    private ConfigFileScanner() {
    }

    public static boolean accepts(Path file) {
        return SCANNERS.stream().anyMatch(s -> s.accepts().test(file));
    }

    /** The facts of one file; a file that cannot be read gives a problem fact. */
    public static List<Object> scan(Path file, String display) {
        for (Scanner s : SCANNERS) {
            if (s.accepts().test(file)) {
                return s.scan().apply(file, display);
            }
        }
        return List.of();
    }
}
