package org.edcomply.core.scan.migration;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.io.XmlElement;
import org.edcomply.core.io.XmlReader;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.ConfigFile;
import org.edcomply.core.model.Location;

/**
 * Liquibase changelogs in XML, YAML or JSON: the columns of {@code createTable}, {@code addColumn}
 * and {@code renameColumn} changes, and those of the SQL in {@code <sql>} changes, each at its line.
 * A file is taken for a changelog when its path says so ({@code db/changelog/...},
 * {@code *changelog*}, a {@code liquibase} folder); its root must then be {@code databaseChangeLog}.
 */
public final class LiquibaseScanner {

    private LiquibaseScanner() {
    }

    public static boolean accepts(Path file) {
        String path = file.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
        return (path.contains("changelog") || path.contains("/liquibase/"))
                && (path.endsWith(".xml") || path.endsWith(".yaml") || path.endsWith(".yml") || path.endsWith(".json"));
    }

    public static List<Object> scan(Path file, String display) {
        List<Object> facts = new ArrayList<>();
        try {
            String text = InputLimits.readText(file, display);
            List<SqlDdl.Column> columns = display.toLowerCase(Locale.ROOT).endsWith(".xml") ? xml(text, display)
                    : yaml(text, display);
            facts.add(new ConfigFile(new Location(display, 1, 0), ConfigFile.LIQUIBASE, ""));
            facts.addAll(MigrationColumns.facts(display, columns));
        } catch (InputException e) {
            facts.add(e.asFact("Liquibase changelog could not be read: "));
        }
        return facts;
    }

    private static List<SqlDdl.Column> xml(String text, String display) {
        XmlElement root = XmlReader.read(text, display);
        if (!root.name().equals("databaseChangeLog")) {
            throw new InputException(root.location(), "expected a Liquibase changelog with root element "
                    + "<databaseChangeLog>, found <" + root.name() + ">");
        }
        List<SqlDdl.Column> columns = new ArrayList<>();
        for (XmlElement changeSet : root.children("changeSet")) {
            for (XmlElement change : changeSet.children()) {
                String table = change.attribute("tableName");
                switch (change.name()) {
                    case "createTable", "addColumn" -> {
                        for (XmlElement column : change.children("column")) {
                            String name = column.attribute("name");
                            if (name != null && table != null) {
                                columns.add(new SqlDdl.Column(column.attributeLocation("name"), table, name,
                                        column.attribute("type") == null ? "" : column.attribute("type")));
                            }
                        }
                    }
                    case "renameColumn" -> {
                        String name = change.attribute("newColumnName");
                        if (name != null && table != null) {
                            columns.add(new SqlDdl.Column(change.attributeLocation("newColumnName"), table, name,
                                    change.attribute("columnDataType") == null ? "" : change.attribute("columnDataType")));
                        }
                    }
                    case "sql" -> columns.addAll(SqlDdl.columns(change.text(), change.textLocation()));
                    default -> {
                        // other changes create no columns
                    }
                }
            }
        }
        return columns;
    }

    private static List<SqlDdl.Column> yaml(String text, String display) {
        YamlDocument doc = YamlReader.readSingle(text, display);
        String[] lines = text.split("\r\n|\r|\n", -1);
        JsonNode log = doc.root().path("databaseChangeLog");
        if (!log.isArray()) {
            throw new InputException(doc.keyLocation(""), "expected a Liquibase changelog: a databaseChangeLog list");
        }
        List<SqlDdl.Column> columns = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            JsonNode changes = log.get(i).path("changeSet").path("changes");
            String changesAt = "/databaseChangeLog/" + i + "/changeSet/changes";
            for (int c = 0; c < changes.size(); c++) {
                JsonNode wrapper = changes.get(c);
                String at = changesAt + "/" + c;
                for (String type : List.of("createTable", "addColumn")) {
                    JsonNode change = wrapper.path(type);
                    String table = change.path("tableName").asText(null);
                    JsonNode list = change.path("columns");
                    for (int k = 0; table != null && k < list.size(); k++) {
                        JsonNode column = list.get(k).path("column");
                        String name = column.path("name").asText(null);
                        if (name != null) {
                            columns.add(new SqlDdl.Column(doc.valueLocation(at + "/" + type + "/columns/" + k + "/column/name"),
                                    table, name, column.path("type").asText("")));
                        }
                    }
                }
                JsonNode rename = wrapper.path("renameColumn");
                if (rename.has("newColumnName") && rename.has("tableName")) {
                    columns.add(new SqlDdl.Column(doc.valueLocation(at + "/renameColumn/newColumnName"),
                            rename.get("tableName").asText(), rename.get("newColumnName").asText(),
                            rename.path("columnDataType").asText("")));
                }
                JsonNode sql = wrapper.path("sql");
                String body = sql.isTextual() ? sql.asText() : sql.path("sql").asText(null);
                if (body != null) {
                    String pointer = sql.isTextual() ? at + "/sql" : at + "/sql/sql";
                    Location start = scalarStart(lines, doc.valueLocation(pointer));
                    boolean block = !start.equals(doc.valueLocation(pointer)) && start.line() > doc.valueLocation(pointer).line();
                    columns.addAll(SqlDdl.columns(body, start, block ? start.column() - 1 : 0));
                }
            }
        }
        return columns;
    }

    /**
     * Where a scalar's text begins: after the quote of a quoted scalar, on the next line for a
     * block scalar ({@code |} or {@code >}), else where the value starts.
     */
    static Location scalarStart(String[] lines, Location value) {
        if (value.line() < 1 || value.line() > lines.length) {
            return value;
        }
        String line = lines[value.line() - 1];
        int i = value.column() - 1;
        char c = i >= 0 && i < line.length() ? line.charAt(i) : ' ';
        if (c == '"' || c == '\'') {
            return new Location(value.file(), value.line(), value.column() + 1);
        }
        if ((c == '|' || c == '>') && value.line() < lines.length) {
            String next = lines[value.line()];
            int indent = 0;
            while (indent < next.length() && next.charAt(indent) == ' ') {
                indent++;
            }
            return new Location(value.file(), value.line() + 1, indent + 1);
        }
        return value;
    }
}
