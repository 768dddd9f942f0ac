package org.edcomply.core.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.edcomply.core.classify.ThirdPartyCatalog;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.ThirdPartyService;

/**
 * Finds the third-party services a project ships with: its Maven dependencies and its imports,
 * matched against the {@link ThirdPartyCatalog}. One fact per service, at the best evidence: the
 * dependency's line in {@code pom.xml}, else the first import; a dependency that only Maven's
 * resolution shows (a transitive one) points at {@code pom.xml} as a whole.
 */
public final class ThirdPartyServices {

    public static final String POM = "pom.xml";

    private ThirdPartyServices() {
    }

    /**
     * @param projectRoot  the module's base directory
     * @param dependencies the resolved dependencies as {@code groupId:artifactId[:version]}, or
     *                     {@code null} when not resolved (outside Maven): then the pom's own
     *                     declarations are used
     * @param java         the scanned sources, for their imports
     * @return {@link ThirdPartyService} facts, and an {@link AnalysisProblem} for a pom that cannot be read
     */
    public static List<Object> find(Path projectRoot, List<String> dependencies, JavaProject java) {
        ThirdPartyCatalog catalog = ThirdPartyCatalog.builtIn();
        List<Object> facts = new ArrayList<>();
        List<PomDependencies.Declared> declared = List.of();
        Path pom = projectRoot.resolve(POM);
        if (Files.isRegularFile(pom)) {
            try {
                declared = PomDependencies.read(InputLimits.readText(pom, POM), POM);
            } catch (InputException e) {
                facts.add(e.asFact("pom.xml could not be read: "));
            }
        }
        Map<String, Evidence> found = new TreeMap<>();
        for (PomDependencies.Declared d : declared) {
            catalog.byArtifact(d.groupId(), d.artifactId()).ifPresent(s -> found.computeIfAbsent(s.id(), k -> new Evidence(s))
                    .add(d.location(), "dependency " + d.groupId() + ":" + d.artifactId()));
        }
        if (dependencies != null) {
            for (String coordinates : dependencies) {
                String[] parts = coordinates.split(":");
                if (parts.length < 2) {
                    continue;
                }
                catalog.byArtifact(parts[0], parts[1]).ifPresent(s -> found.computeIfAbsent(s.id(), k -> new Evidence(s))
                        .add(Location.ofFile(POM), "dependency " + parts[0] + ":" + parts[1] + " (resolved)"));
            }
        }
        List<JavaFileFacts.Import> imports = new ArrayList<>(java.imports());
        imports.sort((a, b) -> a.location().compareTo(b.location()));
        for (JavaFileFacts.Import i : imports) {
            Optional<ThirdPartyCatalog.Service> s = catalog.byQualifiedName(i.name());
            s.ifPresent(service -> found.computeIfAbsent(service.id(), k -> new Evidence(service))
                    .add(i.location(), "import " + i.name() + (i.wildcard() ? ".*" : "")));
        }
        found.values().forEach(e -> facts.add(e.fact()));
        return facts;
    }

    /** Where one service was seen; the first pom line wins, then the first import. */
    private static final class Evidence {
        private final ThirdPartyCatalog.Service service;
        private Location best;
        private final Set<String> how = new LinkedHashSet<>();

        Evidence(ThirdPartyCatalog.Service service) {
            this.service = service;
        }

        void add(Location at, String what) {
            how.add(what);
            if (best == null || rank(at) < rank(best)) {
                best = at;
            }
        }

        /** A declared dependency's line, then an import, then the pom as a whole (a resolved dependency). */
        private static int rank(Location at) {
            return at.file().equals(POM) ? (at.line() > 0 ? 0 : 2) : 1;
        }

        ThirdPartyService fact() {
            List<String> shown = new ArrayList<>(how);
            String evidence = shown.size() > 3 ? String.join(", ", shown.subList(0, 3)) + " and " + (shown.size() - 3) + " more"
                    : String.join(", ", shown);
            return new ThirdPartyService(best, service.id(), service.name(), service.use(), evidence);
        }
    }
}
