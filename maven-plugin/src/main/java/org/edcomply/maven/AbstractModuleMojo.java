package org.edcomply.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What the goals that analyse one module share (check, baseline, report): which jurisdictions,
 * and the reviewed decisions (suppressions, baseline) applied to the findings.
 */
abstract class AbstractModuleMojo extends AbstractRulesMojo {

    /** Skips the goal entirely. */
    @Parameter(property = "edcomply.skip", defaultValue = "false")
    protected boolean skip;

    /**
     * Jurisdiction ids to check against, e.g. {@code us-coppa,eu-gdpr}. Empty: the
     * {@code jurisdictions} of the project's {@code edcomply.yaml}.
     */
    @Parameter(property = "edcomply.jurisdictions")
    protected List<String> jurisdictions;

    /**
     * Reviewed suppressions: requirement, path glob or fingerprint, reason, approver, until. Read when
     * it exists; globs are relative to the file's folder.
     */
    @Parameter(property = "edcomply.suppressionsFile", defaultValue = "${project.basedir}/edcomply-suppressions.yaml")
    protected File suppressionsFile;

    /**
     * The accepted findings written by {@code mvn edcomply:baseline}. When it exists, only findings
     * not in it fail the build; entries no longer found are reported as fixed.
     */
    @Parameter(property = "edcomply.baselineFile", defaultValue = "${project.basedir}/edcomply-baseline.json")
    protected File baselineFile;

    /** This module's analysis as configured; {@code withBaseline} false ignores any baseline. */
    protected ModuleAnalysis moduleAnalysis(boolean withBaseline) throws MojoExecutionException {
        return new ModuleAnalysis(project, jurisdictions, suppressionsFile, withBaseline ? baselineFile : null, session,
                Mojos.options(this::ruleOptions), includeGeneratedSources, templateRoots())
                .withScan(Mojos.scan(this::scanOptions), incremental);
    }

    /** Logs and answers whether the goal is skipped by {@code edcomply.skip}. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("EdComply: skipped (edcomply.skip=true)");
        }
        return skip;
    }
}
