package org.edcomply.core.jurisdiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.edcomply.core.io.ClasspathFolder;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.Suggestions;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;

/**
 * Every jurisdiction known to a run (shipped ones plus an organisation's own), the overlays on
 * them, and the selection of requirements: by id, by {@code id/VARIANT}, or by region code, with
 * {@code extends} followed, overlays applied, and effective dates honoured.
 */
public final class JurisdictionCatalog {

    public static final String FOLDER = "org/edcomply/jurisdictions/";

    private final Map<String, Jurisdiction> byId;
    private final List<Overlay> overlays;
    private final CheckTypeRegistry checks;

    public JurisdictionCatalog(Collection<Jurisdiction> jurisdictions, List<Overlay> overlays, CheckTypeRegistry checks) {
        this.checks = checks;
        this.overlays = List.copyOf(overlays);
        Map<String, Jurisdiction> map = new TreeMap<>();
        List<InputException> errors = new ArrayList<>();
        for (Jurisdiction j : jurisdictions) {
            Jurisdiction previous = map.putIfAbsent(j.id(), j);
            if (previous != null) {
                errors.add(new InputException(j.definedAt(), "jurisdiction id '" + j.id() + "' is already declared in "
                        + previous.definedAt().file()));
            }
        }
        Map<String, Location> requirementIds = new TreeMap<>();
        for (Jurisdiction j : map.values()) {
            for (Requirement r : j.requirements()) {
                Location previous = requirementIds.putIfAbsent(r.id(), r.definedAt());
                if (previous != null) {
                    errors.add(new InputException(r.definedAt(), "requirement id '" + r.id() + "' is already declared at "
                            + previous));
                }
            }
            for (String parent : j.extendsIds()) {
                if (!map.containsKey(parent) && jurisdictions.stream().noneMatch(x -> x.id().equals(parent))) {
                    errors.add(new InputException(j.definedAt(), "'" + j.id() + "' extends unknown jurisdiction '"
                            + parent + "'" + Suggestions.hint(parent, map.keySet())));
                }
            }
        }
        for (Overlay o : overlays) {
            if (!map.containsKey(o.target())) {
                errors.add(new InputException(o.definedAt(), "overlay of unknown jurisdiction '" + o.target() + "'"
                        + Suggestions.hint(o.target(), map.keySet()) + " Available: " + String.join(", ", map.keySet()) + "."));
            }
            for (Requirement r : o.added()) {
                Location previous = requirementIds.putIfAbsent(r.id(), r.definedAt());
                if (previous != null) {
                    errors.add(new InputException(r.definedAt(), "requirement id '" + r.id() + "' is already declared at "
                            + previous));
                }
            }
        }
        InputErrors.throwIfAny(errors);
        this.byId = map;
        map.keySet().forEach(id -> closure(id, new ArrayDeque<>())); // rejects cycles early
    }

    /** Reads the jurisdiction files shipped on the class path. */
    public static JurisdictionCatalog builtIn(ClassLoader loader, CheckTypeRegistry checks) {
        JurisdictionParser parser = new JurisdictionParser(checks);
        List<Jurisdiction> all = new ArrayList<>();
        for (String resource : ClasspathFolder.list(loader, FOLDER, ".yaml")) {
            try (InputStream in = loader.getResourceAsStream(resource)) {
                // named as in the source tree, where compliance officers edit them
                String display = "jurisdictions/" + resource.substring(FOLDER.length());
                all.add(parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), display));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new JurisdictionCatalog(all, List.of(), checks);
    }

    /** This catalogue plus an organisation's own jurisdictions and overlays. */
    public JurisdictionCatalog plus(List<RuleFile> files, CheckTypeRegistry withChecks) {
        List<Jurisdiction> all = new ArrayList<>(byId.values());
        List<Overlay> allOverlays = new ArrayList<>(overlays);
        for (RuleFile f : files) {
            if (f instanceof Jurisdiction j) {
                all.add(j);
            } else {
                allOverlays.add((Overlay) f);
            }
        }
        return new JurisdictionCatalog(all, allOverlays, withChecks);
    }

    public Map<String, Jurisdiction> all() {
        return byId;
    }

    public List<Overlay> overlays() {
        return overlays;
    }

    public CheckTypeRegistry checks() {
        return checks;
    }

    /** Ids a user may select (tool-own files that always apply are not listed). */
    public List<String> selectableIds() {
        return byId.values().stream().filter(j -> !j.always()).map(Jurisdiction::id).toList();
    }

    /** Everything selected, applying on {@code asOf}, with no early warnings. */
    public List<Requirement> select(Map<String, Location> selected) {
        return select(selected, LocalDate.now(), 0).requirements();
    }

    /**
     * The requirements to apply.
     *
     * @param selected     ids ({@code us-coppa}), variants ({@code eu-gdpr/FR}) or region codes
     *                     ({@code US-CA}), with where each was written, for error messages
     * @param asOf         the day whose law applies
     * @param horizonDays  requirements taking effect within this many days are early warnings
     */
    public Selection select(Map<String, Location> selected, LocalDate asOf, int horizonDays) {
        Map<String, String> chosen = new LinkedHashMap<>(); // jurisdiction id -> variant key or ""
        byId.values().stream().filter(Jurisdiction::always).forEach(j -> chosen.put(j.id(), ""));
        List<InputException> errors = new ArrayList<>();
        selected.forEach((token, where) -> {
            try {
                resolve(token, where).forEach((id, variant) -> {
                    for (String member : closure(id, new ArrayDeque<>())) {
                        chosen.merge(member, member.equals(id) ? variant : "", (a, b) -> a.isEmpty() ? b : a);
                    }
                });
            } catch (InputException e) {
                errors.add(e);
            }
        });
        InputErrors.throwIfAny(errors);

        List<Requirement> active = new ArrayList<>();
        List<Requirement> upcoming = new ArrayList<>();
        List<Selection.Disabled> disabled = new ArrayList<>();
        LocalDate horizon = asOf.plusDays(horizonDays);
        new TreeSet<>(chosen.keySet()).forEach(id -> {
            for (Requirement r : requirementsOf(byId.get(id), chosen.get(id), disabled)) {
                if (r.appliesOn(asOf)) {
                    active.add(r);
                } else if (r.effective() != null && r.effective().isAfter(asOf) && !r.effective().isAfter(horizon)) {
                    upcoming.add(r.asUpcoming());
                }
            }
        });
        return new Selection(active, upcoming, disabled, new ArrayList<>(new TreeSet<>(chosen.keySet())));
    }

    /** A jurisdiction's requirements with its variant and the overlays on it applied. */
    private List<Requirement> requirementsOf(Jurisdiction j, String variant, List<Selection.Disabled> disabled) {
        Map<String, Requirement> requirements = new LinkedHashMap<>();
        j.requirements().forEach(r -> requirements.put(r.id(), r));
        if (!variant.isEmpty()) {
            for (RequirementChange change : j.variants().get(variant).changes()) {
                Requirement r = requirements.get(change.requirementId());
                requirements.put(r.id(), change.applyTo(r, checks.find(r.check()).orElseThrow()));
            }
        }
        List<InputException> errors = new ArrayList<>();
        for (Overlay o : overlays) {
            if (!o.target().equals(j.id())) {
                continue;
            }
            o.added().forEach(r -> requirements.put(r.id(), r));
            for (RequirementChange change : o.changes()) {
                Requirement r = requirements.get(change.requirementId());
                if (r == null) {
                    errors.add(JurisdictionParser.unknownRequirement(change, requirements.keySet(), j.id()));
                } else if (change.disabled()) {
                    requirements.remove(r.id());
                    disabled.add(new Selection.Disabled(r, change.reason(), change.at()));
                } else {
                    try {
                        requirements.put(r.id(), change.applyTo(r, checks.find(r.check()).orElseThrow()));
                    } catch (InputException e) {
                        errors.add(e);
                    } catch (InputErrors e) {
                        errors.addAll(e.errors());
                    }
                }
            }
        }
        InputErrors.throwIfAny(errors);
        return new ArrayList<>(requirements.values());
    }

    /** Jurisdiction id to variant key ("" for none) for one selection token. */
    private Map<String, String> resolve(String token, Location where) {
        String t = token.trim();
        int slash = t.indexOf('/');
        String id = slash < 0 ? t : t.substring(0, slash);
        Jurisdiction j = byId.get(id);
        if (j != null && !j.always()) {
            String variant = slash < 0 ? "" : t.substring(slash + 1);
            if (!variant.isEmpty() && !j.variants().containsKey(variant)) {
                throw new InputException(where, "'" + id + "' has no variant '" + variant + "'"
                        + Suggestions.hint(variant, j.variants().keySet())
                        + (j.variants().isEmpty() ? " It has none." : " Its variants: " + String.join(", ", j.variants().keySet()) + "."));
            }
            return Map.of(id, variant);
        }
        Map<String, String> byRegion = new TreeMap<>();
        for (Jurisdiction candidate : byId.values()) {
            if (!candidate.always() && candidate.region().equalsIgnoreCase(t)) {
                byRegion.put(candidate.id(), "");
            }
        }
        if (!byRegion.isEmpty()) {
            return byRegion;
        }
        List<String> choices = new ArrayList<>(selectableIds());
        byId.values().stream().filter(x -> !x.always() && !x.region().isEmpty()).map(Jurisdiction::region)
                .distinct().sorted().forEach(choices::add);
        throw new InputException(where, "unknown jurisdiction '" + t + "'" + Suggestions.hint(t, choices)
                + " Available: " + String.join(", ", selectableIds()) + "; or a region such as "
                + String.join(", ", choices.subList(selectableIds().size(), choices.size())) + ".");
    }

    /** The jurisdiction and all it extends, transitively. */
    private Set<String> closure(String id, Deque<String> path) {
        if (path.contains(id)) {
            List<String> cycle = new ArrayList<>(path);
            java.util.Collections.reverse(cycle);
            cycle.add(id);
            throw new InputException(byId.get(id).definedAt(), "jurisdictions extend each other in a circle: "
                    + String.join(" -> ", cycle));
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(id);
        path.push(id);
        for (String parent : byId.get(id).extendsIds()) {
            out.addAll(closure(parent, path));
        }
        path.pop();
        return out;
    }

}
