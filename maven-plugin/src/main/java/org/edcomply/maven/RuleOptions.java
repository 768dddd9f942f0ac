package org.edcomply.maven;

import java.io.File;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.edcomply.core.JurisdictionOptions;

/** Turns the goals' rule parameters into core's options, rejecting malformed ones clearly. */
final class RuleOptions {

    private RuleOptions() {
    }

    static JurisdictionOptions of(String asOf, int horizonDays, File overlayDirectory, File customRulesDirectory) {
        LocalDate day;
        try {
            day = asOf == null || asOf.isBlank() ? LocalDate.now() : LocalDate.parse(asOf.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("asOf '" + asOf + "' is not a day written YYYY-MM-DD");
        }
        if (horizonDays < 0) {
            throw new IllegalArgumentException("horizonDays must be 0 or more, found " + horizonDays);
        }
        if (customRulesDirectory != null && !customRulesDirectory.isDirectory()) {
            throw new IllegalArgumentException("customRulesDirectory " + customRulesDirectory + " is not a directory");
        }
        return new JurisdictionOptions(day, horizonDays,
                overlayDirectory != null && overlayDirectory.isDirectory() ? overlayDirectory.toPath() : null,
                customRulesDirectory == null ? null : customRulesDirectory.toPath());
    }
}
