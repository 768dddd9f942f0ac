package org.edcomply.core;

import java.util.List;
import org.edcomply.core.jurisdiction.Selection;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Requirement;

/**
 * What an analysis found.
 *
 * @param jurisdictions the jurisdiction ids applied, sorted
 * @param filesScanned  how many files the scanners read
 * @param requirements  the requirements applied, in catalogue order
 * @param facts         every fact the scanners produced, for reports that list them (the data
 *                      inventory) and for triage ({@code @SuppressCompliance})
 */
public record AnalysisResult(List<Finding> findings, List<String> jurisdictions, int filesScanned,
                             int requirementsApplied, List<Requirement> requirements, List<Object> facts,
                             List<Selection.Disabled> disabled) {

    public AnalysisResult {
        findings = List.copyOf(findings);
        jurisdictions = List.copyOf(jurisdictions);
        requirements = List.copyOf(requirements);
        facts = List.copyOf(facts);
        disabled = List.copyOf(disabled);
    }

    public AnalysisResult(List<Finding> findings, List<String> jurisdictions, int filesScanned,
                          int requirementsApplied, List<Requirement> requirements, List<Object> facts) {
        this(findings, jurisdictions, filesScanned, requirementsApplied, requirements, facts, List.of());
    }

    public AnalysisResult(List<Finding> findings, List<String> jurisdictions, int filesScanned,
                          int requirementsApplied) {
        this(findings, jurisdictions, filesScanned, requirementsApplied, List.of(), List.of(), List.of());
    }

    /** The facts of one type, in scan order. */
    public <T> List<T> facts(Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
