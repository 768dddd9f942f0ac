package org.edcomply.maven;

import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoExecutionException;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.ScanOptions;
import org.edcomply.core.report.ReportFormat;

/** Parameter parsing the goals share. */
final class Mojos {

    private Mojos() {
    }

    /** The rule options, or a configuration error naming the malformed parameter. */
    static JurisdictionOptions options(Supplier<JurisdictionOptions> options) throws MojoExecutionException {
        try {
            return options.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        }
    }

    /** The scan options, or a configuration error naming the malformed parameter. */
    static ScanOptions scan(Supplier<ScanOptions> options) throws MojoExecutionException {
        try {
            return options.get();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        }
    }

    static List<ReportFormat> formats(List<String> formats) throws MojoExecutionException {
        try {
            return ReportFormat.parse(formats == null ? List.of() : formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: formats: " + e.getMessage());
        }
    }
}
