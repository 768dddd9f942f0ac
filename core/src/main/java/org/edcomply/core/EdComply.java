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
import org.edcomply.core.scan.FactSink;
import org.edcomply.core.scan.JavaProject;
import org.edcomply.core.scan.Manifest;
import org.edcomply.core.scan.ManifestReader;
import org.edcomply.core.scan.ProjectFiles;
import org.edcomply.core.scan.ThirdPartyServices;
import org.edcomply.core.scan.template.TemplateScanner;
import org.edcomply.core.scan.ColumnReconciliation;
import org.edcomply.core.scan.ConfigFileScanner;

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
        Path root = request.projectRoot();
        FactSink facts = new FactSink();
        ProjectFiles project = new ProjectFiles(root); // records the links it does not follow
        int files = 0;

        Manifest manifest = ManifestReader.read(root);
        facts.addAll(manifest.facts());
        files += manifest.present() ? 1 : 0;

        JavaProject java = new JavaProject(request.javaRelease());
        for (Path sourceRoot : request.sourceRoots()) {
            for (Path file : project.under(sourceRoot, p -> p.toString().endsWith(".java"))) {
                java.add(file, ProjectFiles.display(root, file));
                files++;
            }
        }
        facts.addAll(java.facts());
        facts.addAll(ThirdPartyServices.find(root, request.dependencies(), java));
        List<Path> configRoots = new ArrayList<>(request.resourceRoots());
        configRoots.add(root.resolve(WEB_APP_ROOT));
        for (Path configRoot : configRoots) {
            for (Path file : project.under(configRoot, ConfigFileScanner::accepts)) {
                facts.addAll(ConfigFileScanner.scan(file, ProjectFiles.display(root, file)));
                files++;
            }
        }

        TemplateScanner.Result templates = TemplateScanner.scan(root, request.templateRoots(), project);
        facts.addAll(templates.facts());
        files += templates.files();
        facts.addAll(project.skipped());
        facts.add(AnalysisDate.of(request.rules().asOf())); // the day whose law applies (edcomply.asOf)

        Map<String, Location> selected = new LinkedHashMap<>();
        if (request.jurisdictions().isEmpty()) {
            selected.putAll(manifest.jurisdictions());
        } else {
            request.jurisdictions().forEach(id -> selected.put(id, Location.ofFile("<jurisdictions parameter>")));
        }
        RuleSet rules = ruleSet(request.projectRoot(), request.rules(), catalog);
        JurisdictionOptions options = request.rules();
        Selection selection = rules.jurisdictions().select(selected, options.asOf(), options.horizonDays());
        List<Requirement> requirements = selection.requirements();
        List<Object> scanned = ColumnReconciliation.apply(facts.facts());
        checkAllowedRegions(scanned, rules.jurisdictions());
        List<Finding> findings = new ArrayList<>();
        for (RuleBase ruleBase : rules.ruleBases()) {
            findings.addAll(new ComplianceSession(ruleBase).evaluate(requirements, scanned));
        }
        findings.sort(Finding.ORDER);
        return new AnalysisResult(findings, selection.jurisdictions(), files, requirements.size(), requirements,
                scanned, selection.disabled());
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
