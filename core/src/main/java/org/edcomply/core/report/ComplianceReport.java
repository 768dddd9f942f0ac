package org.edcomply.core.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.EdComply;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.PersonalDataElement;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.BaselineEntry;
import org.edcomply.core.triage.Suppression;
import org.edcomply.core.triage.TriageResult;
import org.edcomply.core.triage.TriagedFinding;

/**
 * Everything every report format shows, for one module or a whole reactor: the writers only
 * choose a layout. No timestamps and no absolute paths, so the same input gives the same bytes.
 *
 * @param project       the project's name, for titles
 * @param modules       module folders relative to the reactor root; {@code [""]} for a single project
 * @param jurisdictions applied jurisdiction ids and their names, sorted by id
 * @param requirements  the requirements applied, by jurisdiction and id
 * @param findings      every finding (active, baseline and suppressed) in report order
 * @param baselineUsed  whether a baseline decided which findings are new
 * @param fixed         baseline entries no longer found
 * @param suppressions  every suppression and what became of it
 * @param inventory     every personal-data element the scanners found
 */
public record ComplianceReport(String project, String toolVersion, List<String> modules,
                               Map<String, String> jurisdictions, int filesScanned, List<Requirement> requirements,
                               List<TriagedFinding> findings, boolean baselineUsed, List<Fixed> fixed,
                               List<SuppressionRecord> suppressions, List<InventoryEntry> inventory) {

    /** A baseline entry that no current finding matches. */
    public record Fixed(String module, BaselineEntry entry) {
        public String path() {
            return module.isEmpty() ? entry.file() : module + "/" + entry.file();
        }
    }

    /** A suppression, where it is written and what became of it. */
    public record SuppressionRecord(String module, Suppression suppression, TriageResult.State state, int matched) {
        public String path() {
            String file = suppression.declaredAt().file();
            return module.isEmpty() ? file : module + "/" + file;
        }
    }

    /** A personal-data element found in a module. */
    public record InventoryEntry(String module, PersonalDataElement element) {
        public String path() {
            String file = element.location().file();
            return module.isEmpty() ? file : module + "/" + file;
        }
    }

    public ComplianceReport {
        modules = List.copyOf(modules);
        jurisdictions = java.util.Collections.unmodifiableMap(new TreeMap<>(jurisdictions));
        requirements = List.copyOf(requirements);
        findings = List.copyOf(findings);
        fixed = List.copyOf(fixed);
        suppressions = List.copyOf(suppressions);
        inventory = List.copyOf(inventory);
    }

    /** The report of one module. */
    public static ComplianceReport of(String project, String module, AnalysisResult analysis, TriageResult triage,
                                      Map<String, String> jurisdictionNames) {
        Map<String, String> applied = new LinkedHashMap<>();
        analysis.jurisdictions().forEach(id -> applied.put(id, jurisdictionNames.getOrDefault(id, id)));
        List<Fixed> fixed = triage.fixed().stream().map(e -> new Fixed(module, e)).toList();
        List<SuppressionRecord> suppressions = triage.suppressions().stream()
                .map(u -> new SuppressionRecord(module, u.suppression(), u.state(), u.matched())).toList();
        List<InventoryEntry> inventory = analysis.facts(PersonalDataElement.class).stream()
                .sorted(Comparator.comparing(PersonalDataElement::location).thenComparing(PersonalDataElement::member))
                .map(e -> new InventoryEntry(module, e)).toList();
        return new ComplianceReport(project, EdComply.version(), List.of(module), applied, analysis.filesScanned(),
                analysis.requirements(), triage.findings(), triage.baselineUsed(), fixed, suppressions, inventory);
    }

    /** One report for several modules: findings by module path, requirements once each. */
    public static ComplianceReport merge(String project, List<ComplianceReport> reports) {
        List<String> modules = new ArrayList<>();
        Map<String, String> jurisdictions = new TreeMap<>();
        Map<String, Requirement> requirements = new TreeMap<>();
        List<TriagedFinding> findings = new ArrayList<>();
        List<Fixed> fixed = new ArrayList<>();
        List<SuppressionRecord> suppressions = new ArrayList<>();
        List<InventoryEntry> inventory = new ArrayList<>();
        int files = 0;
        boolean baseline = false;
        List<ComplianceReport> sorted = reports.stream()
                .sorted(Comparator.comparing(r -> r.modules().isEmpty() ? "" : r.modules().get(0))).toList();
        for (ComplianceReport r : sorted) {
            modules.addAll(r.modules());
            jurisdictions.putAll(r.jurisdictions());
            r.requirements().forEach(q -> requirements.putIfAbsent(q.jurisdiction() + "\0" + q.id(), q));
            findings.addAll(r.findings());
            fixed.addAll(r.fixed());
            suppressions.addAll(r.suppressions());
            inventory.addAll(r.inventory());
            files += r.filesScanned();
            baseline |= r.baselineUsed();
        }
        findings.sort(Comparator.comparing(TriagedFinding::path).thenComparing(TriagedFinding::finding, Finding.ORDER));
        return new ComplianceReport(project, EdComply.version(), modules, jurisdictions, files,
                new ArrayList<>(requirements.values()), findings, baseline, fixed, suppressions, inventory);
    }

    public List<TriagedFinding> findings(TriagedFinding.Status status) {
        return findings.stream().filter(f -> f.status() == status).toList();
    }

    public long count(Predicate<TriagedFinding> filter) {
        return findings.stream().filter(filter).count();
    }

    /** Findings per severity, most serious first, every severity present. */
    public Map<Severity, Integer> bySeverity(Predicate<TriagedFinding> filter) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        findings.stream().filter(filter).forEach(f -> counts.merge(f.finding().severity(), 1, Integer::sum));
        return counts;
    }

    /** The requirement a finding reports on (findings of requirements not listed get none). */
    public java.util.Optional<Requirement> requirement(String id) {
        return requirements.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Jurisdiction ids in the order reports list them. */
    public TreeSet<String> jurisdictionIds() {
        return new TreeSet<>(jurisdictions.keySet());
    }
}
