package org.edcomply.core.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.PersonalDataElement;

/**
 * Writes the data inventory: every personal-data element with its category, data subject,
 * location, protections, retention and lawful basis, as input to the GDPR Art. 30 record of
 * processing. The columns follow the fact's record components, so an attribute added to
 * {@link PersonalDataElement} appears here without changing this writer; {@code retention} is
 * always a column, empty while no scanner declares one. Cells a spreadsheet would run as a
 * formula are prefixed with {@code '}.
 */
public final class DataInventoryCsvWriter {

    public static final String FILE_NAME = "data-inventory.csv";
    /** Columns in this order first; any other record component follows, alphabetically. */
    static final List<String> LEADING = List.of("module", "file", "line", "column", "element", "owner", "member",
            "category", "categoryKey", "sensitivity", "subject", "legalBasis", "protections", "retention", "origin",
            "evidence");
    private static final Set<String> SKIP = Set.of("location");

    private DataInventoryCsvWriter() {
    }

    public static byte[] render(ComplianceReport report) {
        List<Map<String, String>> rows = new ArrayList<>();
        TreeSet<String> extra = new TreeSet<>();
        for (ComplianceReport.InventoryEntry e : report.inventory()) {
            Map<String, String> row = row(e);
            rows.add(row);
            row.keySet().stream().filter(k -> !LEADING.contains(k)).forEach(extra::add);
        }
        List<String> header = new ArrayList<>(LEADING);
        header.addAll(extra);
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get())) {
            csv.printRecord(header);
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>();
                for (String column : header) {
                    cells.add(safe(row.getOrDefault(column, "")));
                }
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> row(ComplianceReport.InventoryEntry entry) {
        PersonalDataElement p = entry.element();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("module", entry.module());
        row.put("file", entry.path());
        row.put("line", String.valueOf(p.location().line()));
        row.put("column", String.valueOf(p.location().column()));
        row.put("element", p.qualifiedName());
        row.put("categoryKey", p.category().key());
        for (RecordComponent c : PersonalDataElement.class.getRecordComponents()) {
            if (SKIP.contains(c.getName())) {
                continue;
            }
            try {
                row.put(c.getName(), text(c.getAccessor().invoke(p)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of a PersonalDataElement", e);
            }
        }
        return row;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> c) {
            TreeSet<String> sorted = new TreeSet<>();
            c.forEach(v -> sorted.add(text(v)));
            return String.join(";", sorted);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof Location l) {
            return l.toString();
        }
        return value.toString();
    }

    /** CSV injection: a cell starting with = + - @ (or a tab/CR) would be a formula in a spreadsheet. */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
