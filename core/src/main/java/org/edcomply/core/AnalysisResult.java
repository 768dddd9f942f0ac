package org.edcomply.core;

import java.util.List;
import org.edcomply.core.jurisdiction.Selection;
import org.edcomply.core.model.Finding;

/**
 * What an analysis found.
 *
 * @param jurisdictions the jurisdiction ids applied, sorted
 * @param filesScanned  how many files the scanners read
 */
public record AnalysisResult(List<Finding> findings, List<String> jurisdictions, int filesScanned,
                             int requirementsApplied, List<Selection.Disabled> disabled) {

    public AnalysisResult {
        disabled = List.copyOf(disabled);
    }

    public AnalysisResult(List<Finding> findings, List<String> jurisdictions, int filesScanned, int requirementsApplied) {
        this(findings, jurisdictions, filesScanned, requirementsApplied, List.of());
    }
}
