package org.edcomply.core.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.edcomply.core.io.ClasspathFolder;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.Suggestions;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;

/** Every jurisdiction file known to this run, by id, and the selection of requirements to apply. */
public final class JurisdictionCatalog {

    public static final String FOLDER = "org/edcomply/jurisdictions/";

    private final Map<String, Jurisdiction> byId;

    public JurisdictionCatalog(Collection<Jurisdiction> jurisdictions) {
        Map<String, Jurisdiction> map = new TreeMap<>();
        for (Jurisdiction j : jurisdictions) {
            Jurisdiction previous = map.putIfAbsent(j.id(), j);
            if (previous != null) {
                throw new InputException(j.definedAt(), "jurisdiction id '" + j.id() + "' is already declared in "
                        + previous.definedAt().file());
            }
        }
        Map<String, Location> requirementIds = new TreeMap<>();
        for (Jurisdiction j : map.values()) {
            for (Requirement r : j.requirements()) {
                Location previous = requirementIds.putIfAbsent(r.id(), r.definedAt());
                if (previous != null) {
                    throw new InputException(r.definedAt(), "requirement id '" + r.id() + "' is already declared at "
                            + previous);
                }
            }
        }
        this.byId = map;
    }

    /** Reads the jurisdiction files shipped on the class path. */
    public static JurisdictionCatalog builtIn(ClassLoader loader, CheckTypeRegistry checks) {
        JurisdictionParser parser = new JurisdictionParser(checks);
        List<Jurisdiction> all = new ArrayList<>();
        for (String resource : ClasspathFolder.list(loader, FOLDER, ".yaml")) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                all.add(parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new JurisdictionCatalog(all);
    }

    public Map<String, Jurisdiction> all() {
        return byId;
    }

    /** Ids a user may select (tool-own files that always apply are not listed). */
    public List<String> selectableIds() {
        return byId.values().stream().filter(j -> !j.always()).map(Jurisdiction::id).toList();
    }

    /**
     * The requirements to apply: those of the selected jurisdictions plus those that always apply.
     *
     * @param selected ids with where each was written, for "unknown jurisdiction" errors
     */
    public List<Requirement> select(Map<String, Location> selected) {
        Set<String> ids = new LinkedHashSet<>();
        byId.values().stream().filter(Jurisdiction::always).forEach(j -> ids.add(j.id()));
        List<InputException> unknown = new ArrayList<>();
        selected.forEach((id, where) -> {
            if (!byId.containsKey(id) || byId.get(id).always()) {
                unknown.add(new InputException(where, "unknown jurisdiction '" + id + "'"
                        + Suggestions.hint(id, selectableIds()) + " Available: " + String.join(", ", selectableIds()) + "."));
            } else {
                ids.add(id);
            }
        });
        org.edcomply.core.io.InputErrors.throwIfAny(unknown);
        List<Requirement> requirements = new ArrayList<>();
        ids.stream().sorted().forEach(id -> requirements.addAll(byId.get(id).requirements()));
        return requirements;
    }
}
