package org.edcomply.core;

/** An analysis and what it cost. */
public record AnalysisRun(AnalysisResult result, AnalysisStats stats) {
}
