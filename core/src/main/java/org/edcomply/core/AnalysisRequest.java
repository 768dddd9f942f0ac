package org.edcomply.core;

import java.nio.file.Path;
import java.util.List;

/**
 * What to analyse and how.
 *
 * @param projectRoot   the module's base directory; findings name files relative to it
 * @param javaRelease   the project's Java release, for the parser's language level; null = newest
 * @param jurisdictions ids to apply instead of the manifest's; empty = take them from the manifest
 * @param sourceRoots   Java source roots (absolute, or relative to the root)
 * @param resourceRoots resource roots holding Spring configuration
 * @param dependencies  the resolved dependencies as {@code groupId:artifactId:version}; null when
 *                      not resolved (outside Maven), then {@code pom.xml}'s declarations are read
 */
public record AnalysisRequest(Path projectRoot, Integer javaRelease, List<String> jurisdictions,
                              List<Path> sourceRoots, List<Path> resourceRoots, List<String> dependencies) {

    /** A request without resolved dependencies: {@code pom.xml} tells them. */
    public AnalysisRequest(Path projectRoot, Integer javaRelease, List<String> jurisdictions, List<Path> sourceRoots,
                           List<Path> resourceRoots) {
        this(projectRoot, javaRelease, jurisdictions, sourceRoots, resourceRoots, null);
    }

    public AnalysisRequest {
        dependencies = dependencies == null ? null : List.copyOf(dependencies);
        jurisdictions = List.copyOf(jurisdictions);
        sourceRoots = sourceRoots.stream().map(projectRoot::resolve).toList();
        resourceRoots = resourceRoots.stream().map(projectRoot::resolve).toList();
    }

    /** The Maven layout: {@code src/main/java} and {@code src/main/resources}. */
    public static AnalysisRequest mavenLayout(Path projectRoot, Integer javaRelease, List<String> jurisdictions) {
        return new AnalysisRequest(projectRoot, javaRelease, jurisdictions, List.of(Path.of("src/main/java")),
                List.of(Path.of("src/main/resources")));
    }
}
