package org.edcomply.maven;

import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.edcomply.core.report.ReportFormat;

/** Parameter parsing the goals share. */
final class Mojos {

    private Mojos() {
    }

    static List<ReportFormat> formats(List<String> formats) throws MojoExecutionException {
        try {
            return ReportFormat.parse(formats == null ? List.of() : formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: formats: " + e.getMessage());
        }
    }
}
