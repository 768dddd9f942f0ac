package org.edcomply.core;

import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.scan.template.TemplateScanner;

/**
 * What to analyse and how.
 *
 * @param projectRoot   the module's base directory; findings name files relative to it
 * @param javaRelease   the project's Java release, for the parser's language level; null = newest
 * @param jurisdictions ids to apply instead of the manifest's; empty = take them from the manifest
 * @param sourceRoots   Java source roots (absolute, or relative to the root)
 * @param resourceRoots resource roots holding Spring configuration
 * @param templateRoots folders of templates and static pages checked for accessibility
 * @param dependencies  the resolved dependencies as {@code groupId:artifactId:version}; null when
 *                      not resolved (outside Maven), then {@code pom.xml}'s declarations are read
 * @param rules         dates, overlays and custom rules
 */
public record AnalysisRequest(Path projectRoot, Integer javaRelease, List<String> jurisdictions,
                              List<Path> sourceRoots, List<Path> resourceRoots, List<Path> templateRoots,
                              List<String> dependencies, JurisdictionOptions rules) {

    public AnalysisRequest {
        projectRoot = projectRoot.toAbsolutePath().normalize(); // roots below resolve against it, once
        jurisdictions = List.copyOf(jurisdictions);
        sourceRoots = sourceRoots.stream().map(projectRoot::resolve).toList();
        resourceRoots = resourceRoots.stream().map(projectRoot::resolve).toList();
        templateRoots = templateRoots.stream().map(projectRoot::resolve).toList();
        dependencies = dependencies == null ? null : List.copyOf(dependencies);
        rules = rules == null ? JurisdictionOptions.defaults() : rules;
    }

    /**
     * The default template roots ({@link TemplateScanner#DEFAULT_ROOTS}), dependencies read from
     * {@code pom.xml}; today's law, no overlays, no custom rules.
     */
    public AnalysisRequest(Path projectRoot, Integer javaRelease, List<String> jurisdictions,
                           List<Path> sourceRoots, List<Path> resourceRoots) {
        this(projectRoot, javaRelease, jurisdictions, sourceRoots, resourceRoots, TemplateScanner.DEFAULT_ROOTS, null,
                null);
    }

    /** The same request with other jurisdiction options. */
    public AnalysisRequest withRules(JurisdictionOptions options) {
        return new AnalysisRequest(projectRoot, javaRelease, jurisdictions, sourceRoots, resourceRoots, templateRoots,
                dependencies, options);
    }

    /** The Maven layout: {@code src/main/java}, {@code src/main/resources} and the default template roots. */
    public static AnalysisRequest mavenLayout(Path projectRoot, Integer javaRelease, List<String> jurisdictions) {
        return new AnalysisRequest(projectRoot, javaRelease, jurisdictions, List.of(Path.of("src/main/java")),
                List.of(Path.of("src/main/resources")));
    }
}
