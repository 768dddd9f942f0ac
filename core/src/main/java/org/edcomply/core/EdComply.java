package org.edcomply.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.edcomply.core.engine.ComplianceSession;
import org.edcomply.core.engine.RuleBase;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.Suggestions;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.jurisdiction.OrganisationRules;
import org.edcomply.core.jurisdiction.Selection;
import org.edcomply.core.model.AnalysisDate;
import org.edcomply.core.model.AllowedRegions;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.cache.EngineFingerprint;
import org.edcomply.core.cache.FindingsKey;
import org.edcomply.core.cache.ScanCache;
import org.edcomply.core.scan.ProjectScan;
import org.edcomply.core.scan.ScanPool;
import org.edcomply.core.scan.Manifest;
import org.edcomply.core.scan.ManifestReader;
import org.edcomply.core.scan.ColumnReconciliation;

/**
 * The whole analysis in one call: scan the project into facts, select the requirements, let the
 * rules join them, return sorted findings. The caller (the Maven plugin) decides what the findings
 * mean for the build.
 */
public final class EdComply {

    public static final String NAME = "EdComply";

    /** Where a war keeps {@code WEB-INF/web.xml} (Maven's convention); read beside the resource roots. */
    static final String WEB_APP_ROOT = "src/main/webapp";

    private static final Map<ClassLoader, Catalog> CATALOGS = new ConcurrentHashMap<>();

    private EdComply() {
    }

    /** The check types, jurisdictions and compiled rules that ship with EdComply. */
    public record Catalog(CheckTypeRegistry checks, JurisdictionCatalog jurisdictions, RuleBase rules) {
    }

    /** The built-in catalogue, loaded once per class loader. */
    public static Catalog builtInCatalog() {
        ClassLoader loader = EdComply.class.getClassLoader();
        return CATALOGS.computeIfAbsent(loader, l -> {
            CheckTypeRegistry checks = CheckTypeRegistry.load(l);
            return new Catalog(checks, JurisdictionCatalog.builtIn(l, checks), RuleBase.builtIn(l));
        });
    }

    public static AnalysisResult analyse(AnalysisRequest request) {
        return analyse(request, builtInCatalog());
    }

    public static AnalysisResult analyse(AnalysisRequest request, Catalog catalog) {
        return run(request, ScanOptions.defaults(), catalog).result();
    }

    /** The analysis, with how long its phases took. */
    public static AnalysisRun run(AnalysisRequest request, ScanOptions scan) {
        return run(request, scan, builtInCatalog());
    }

    public static AnalysisRun run(AnalysisRequest request, ScanOptions scan, Catalog catalog) {
        long start = System.nanoTime();
        Path root = request.projectRoot();
        Manifest manifest = ManifestReader.read(root);
        RuleSet rules = ruleSet(root, request.rules(), catalog);
        ScanCache cache = scan.cacheDirectory() == null ? ScanCache.none()
                : ScanCache.open(scan.cacheDirectory(), EngineFingerprint.of(EdComply.class.getClassLoader()));
        if (!cache.hasPrevious()) {
            rules.ruleBases().forEach(RuleBase::loadInBackground); // a cold run will need them: load while scanning
        }

        List<Object> facts = new ArrayList<>(manifest.facts());
        List<Path> configRoots = new ArrayList<>(request.resourceRoots());
        configRoots.add(root.resolve(WEB_APP_ROOT));
        ProjectScan.Result scanned;
        try (ScanPool pool = new ScanPool(scan.threads(), scan.fileTimeout())) {
            scanned = ProjectScan.scan(new ProjectScan.Inputs(root, request.javaRelease(), request.sourceRoots(),
                    configRoots, request.templateRoots(), request.dependencies()), pool, cache);
        }
        facts.addAll(scanned.facts());
        int files = scanned.files() + (manifest.present() ? 1 : 0);
        facts.add(AnalysisDate.of(request.rules().asOf())); // the day whose law applies (edcomply.asOf)

        Map<String, Location> selected = new LinkedHashMap<>();
        if (request.jurisdictions().isEmpty()) {
            selected.putAll(manifest.jurisdictions());
        } else {
            request.jurisdictions().forEach(id -> selected.put(id, Location.ofFile("<jurisdictions parameter>")));
        }
        JurisdictionOptions options = request.rules();
        Selection selection = rules.jurisdictions().select(selected, options.asOf(), options.horizonDays());
        List<Requirement> requirements = selection.requirements();
        List<Object> all = ColumnReconciliation.apply(facts);
        checkAllowedRegions(all, rules.jurisdictions());
        long scanEnd = System.nanoTime();

        String key = scan.cacheDirectory() == null ? null : FindingsKey.of(
                EngineFingerprint.of(EdComply.class.getClassLoader()),
                rules.ruleBases().stream().map(RuleBase::contentHash).toList(), requirements, all);
        List<Finding> findings = key == null ? null : cache.findings(key);
        boolean findingsFromCache = findings != null;
        long waited = 0;
        long firing = 0;
        if (findings == null) {
            long waitStart = System.nanoTime();
            rules.ruleBases().forEach(RuleBase::kieBase);
            long fireStart = System.nanoTime();
            findings = new ArrayList<>();
            for (RuleBase ruleBase : rules.ruleBases()) {
                findings.addAll(new ComplianceSession(ruleBase).evaluate(requirements, all));
            }
            findings.sort(Finding.ORDER);
            waited = (fireStart - waitStart) / 1_000_000;
            firing = (System.nanoTime() - fireStart) / 1_000_000;
            if (key != null) {
                cache.putFindings(key, findings);
            }
        }
        String note = String.join("; ", java.util.stream.Stream.of(cache.note(), cache.save())
                .filter(n -> !n.isEmpty()).toList());
        AnalysisResult result = new AnalysisResult(findings, selection.jurisdictions(), files, requirements.size(),
                requirements, all, selection.disabled());
        return new AnalysisRun(result, new AnalysisStats(files, scanned.filesFromCache(), findingsFromCache,
                (scanEnd - start) / 1_000_000, waited, firing, (System.nanoTime() - start) / 1_000_000, note));
    }

    /** The jurisdictions and compiled rules of one run: the built-in ones plus the organisation's. */
    private record RuleSet(JurisdictionCatalog jurisdictions, List<RuleBase> ruleBases) {
    }

    /** The jurisdictions a project's runs use: the built-in ones with its overlays and own check types. */
    public static JurisdictionCatalog jurisdictionsFor(Path projectRoot, JurisdictionOptions options) {
        return ruleSet(projectRoot.toAbsolutePath(), options, builtInCatalog()).jurisdictions();
    }

    private static RuleSet ruleSet(Path root, JurisdictionOptions options, Catalog catalog) {
        CheckTypeRegistry checks = catalog.checks();
        List<RuleBase> ruleBases = new ArrayList<>(List.of(catalog.rules()));
        if (options.customRulesDirectory() != null) {
            Path dir = root.resolve(options.customRulesDirectory());
            checks = checks.plus(OrganisationRules.checkTypes(root, dir));
            ruleBases.add(OrganisationRules.compileRules(root, dir, EdComply.class.getClassLoader()));
        }
        JurisdictionCatalog jurisdictions = catalog.jurisdictions();
        if (options.overlayDirectory() != null) {
            Path dir = root.resolve(options.overlayDirectory());
            jurisdictions = jurisdictions.plus(OrganisationRules.files(root, dir, checks), checks);
        }
        return new RuleSet(jurisdictions, ruleBases);
    }

    /** A per-jurisdiction list in {@code hosting.allowedRegions} must name a jurisdiction that exists. */
    private static void checkAllowedRegions(List<Object> facts, JurisdictionCatalog catalog) {
        List<String> ids = catalog.selectableIds();
        List<InputException> unknown = new ArrayList<>();
        for (Object f : facts) {
            if (f instanceof AllowedRegions a && !a.isForAll() && !ids.contains(a.jurisdiction())) {
                unknown.add(new InputException(a.location(), "unknown jurisdiction '" + a.jurisdiction()
                        + "' in hosting.allowedRegions" + Suggestions.hint(a.jurisdiction(), ids)
                        + " Available: " + String.join(", ", ids) + "."));
            }
        }
        InputErrors.throwIfAny(unknown);
    }

    /** This build's version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        try (InputStream in = EdComply.class.getResourceAsStream("/org/edcomply/core/version.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException | NullPointerException e) {
            throw new UncheckedIOException(new IOException("version.properties missing from edcomply-core", e));
        }
    }
}
