package org.edcomply.core.model;

import java.time.LocalDate;

/**
 * The day the analysis runs, so that requirements with a compliance date (a {@code date}
 * parameter) apply from that day on. One per run.
 *
 * @param today ISO date, {@code YYYY-MM-DD}; such dates compare correctly as text
 */
public record AnalysisDate(String today) {

    public AnalysisDate {
        LocalDate.parse(today);
    }

    public static AnalysisDate of(LocalDate date) {
        return new AnalysisDate(date.toString());
    }

    /** True on and after {@code date} ({@code YYYY-MM-DD}); a missing date is always reached. */
    public boolean reached(String date) {
        return date == null || date.isEmpty() || today.compareTo(date) >= 0;
    }
}
