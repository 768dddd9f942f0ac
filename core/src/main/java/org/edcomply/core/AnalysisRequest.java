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
 */
public record AnalysisRequest(Path projectRoot, Integer javaRelease, List<String> jurisdictions,
                              List<Path> sourceRoots, List<Path> resourceRoots, List<Path> templateRoots) {

    public AnalysisRequest {
        jurisdictions = List.copyOf(jurisdictions);
        sourceRoots = sourceRoots.stream().map(projectRoot::resolve).toList();
        resourceRoots = resourceRoots.stream().map(projectRoot::resolve).toList();
        templateRoots = templateRoots.stream().map(projectRoot::resolve).toList();
    }

    /** With the default template roots ({@link TemplateScanner#DEFAULT_ROOTS}). */
    public AnalysisRequest(Path projectRoot, Integer javaRelease, List<String> jurisdictions,
                           List<Path> sourceRoots, List<Path> resourceRoots) {
        this(projectRoot, javaRelease, jurisdictions, sourceRoots, resourceRoots, TemplateScanner.DEFAULT_ROOTS);
    }

    /** The Maven layout: {@code src/main/java} and {@code src/main/resources}. */
    public static AnalysisRequest mavenLayout(Path projectRoot, Integer javaRelease, List<String> jurisdictions) {
        return new AnalysisRequest(projectRoot, javaRelease, jurisdictions, List.of(Path.of("src/main/java")),
                List.of(Path.of("src/main/resources")));
    }
}
