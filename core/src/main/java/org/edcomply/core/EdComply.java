package org.edcomply.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.edcomply.core.engine.ComplianceSession;
import org.edcomply.core.engine.RuleBase;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.model.AnalysisDate;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.scan.FactSink;
import org.edcomply.core.scan.JavaSourceScanner;
import org.edcomply.core.scan.Manifest;
import org.edcomply.core.scan.ManifestReader;
import org.edcomply.core.scan.ProjectFiles;
import org.edcomply.core.scan.SpringConfigScanner;
import org.edcomply.core.scan.template.TemplateScanner;

/**
 * The whole analysis in one call: scan the project into facts, select the requirements, let the
 * rules join them, return sorted findings. The caller (the Maven plugin) decides what the findings
 * mean for the build.
 */
public final class EdComply {

    public static final String NAME = "EdComply";

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
        int files = 0;

        Manifest manifest = ManifestReader.read(root);
        facts.addAll(manifest.facts());
        files += manifest.present() ? 1 : 0;

        JavaSourceScanner java = new JavaSourceScanner(request.javaRelease());
        for (Path sourceRoot : request.sourceRoots()) {
            for (Path file : ProjectFiles.under(sourceRoot, p -> p.toString().endsWith(".java"))) {
                facts.addAll(java.scan(file, ProjectFiles.display(root, file)));
                files++;
            }
        }
        for (Path resourceRoot : request.resourceRoots()) {
            for (Path file : ProjectFiles.under(resourceRoot, SpringConfigScanner::accepts)) {
                facts.addAll(SpringConfigScanner.scan(file, ProjectFiles.display(root, file)));
                files++;
            }
        }

        TemplateScanner.Result templates = TemplateScanner.scan(root, request.templateRoots());
        facts.addAll(templates.facts());
        files += templates.files();
        facts.add(AnalysisDate.of(LocalDate.now(ZoneOffset.UTC)));

        Map<String, Location> selected = new LinkedHashMap<>();
        if (request.jurisdictions().isEmpty()) {
            selected.putAll(manifest.jurisdictions());
        } else {
            request.jurisdictions().forEach(id -> selected.put(id, Location.ofFile("<jurisdictions parameter>")));
        }
        List<Requirement> requirements = catalog.jurisdictions().select(selected);
        List<Finding> findings = new ComplianceSession(catalog.rules()).evaluate(requirements, facts.facts());
        TreeSet<String> applied = new TreeSet<>();
        requirements.forEach(r -> applied.add(r.jurisdiction()));
        return new AnalysisResult(findings, new ArrayList<>(applied), files, requirements.size());
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
