package org.edcomply.core.scan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.edcomply.core.cache.ContentHash;
import org.edcomply.core.cache.ScanCache;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;
import org.edcomply.core.scan.template.TemplateScanner;

/**
 * Reads a project's files into facts: Java sources, configuration files and templates. Each file
 * is scanned on its own on the {@link ScanPool}, or taken from the {@link ScanCache} when its
 * content is unchanged; the phases that need every file (data flows across classes, third-party
 * services, layouts and includes) then run on the whole, every time, so their facts are exactly
 * those of a cold run. Facts come out in the order a sequential scan gives.
 */
public final class ProjectScan {

    /** Cache kinds; the Java kind also names the language level the file was parsed at. */
    static final String JAVA = "java:";
    static final String CONFIG = "config";
    static final String TEMPLATE = "template";

    /** The project's inputs. */
    public record Inputs(Path root, Integer javaRelease, List<Path> sourceRoots, List<Path> configRoots,
                         List<Path> templateRoots, List<String> dependencies) {
    }

    /** The facts of every file and the phases across files, and how many files were read. */
    public record Result(List<Object> facts, int files, int filesFromCache) {
    }

    /** What the configuration scanners give for one file, as the cache keeps it. */
    record ConfigFacts(List<Object> facts) {
    }

    /** One file's scan on a pool thread: the value, and whether it came from the cache. */
    private record Scanned(Object value, boolean fromCache) {
    }

    private ProjectScan() {
    }

    public static Result scan(Inputs in, ScanPool pool, ScanCache cache) {
        ProjectFiles project = new ProjectFiles(in.root()); // records the links it does not follow
        JavaProject java = new JavaProject(in.javaRelease());
        String javaKind = JAVA + java.languageLevel();
        List<Path> javaFiles = new ArrayList<>();
        for (Path sourceRoot : in.sourceRoots()) {
            javaFiles.addAll(project.under(sourceRoot, p -> p.toString().endsWith(".java")));
        }
        List<Path> configFiles = new ArrayList<>();
        for (Path configRoot : in.configRoots()) {
            configFiles.addAll(project.under(configRoot, ConfigFileScanner::accepts));
        }
        List<Path> templateFiles = TemplateScanner.files(in.root(), in.templateRoots(), project);

        List<Callable<Scanned>> tasks = new ArrayList<>();
        for (Path f : javaFiles) {
            tasks.add(task(cache, javaKind, f, display(in, f), JavaFileFacts.class,
                    p -> java.scanner().scanFile(p, display(in, p))));
        }
        for (Path f : configFiles) {
            tasks.add(task(cache, CONFIG, f, display(in, f), ConfigFacts.class,
                    p -> new ConfigFacts(ConfigFileScanner.scan(p, display(in, p)))));
        }
        for (Path f : templateFiles) {
            tasks.add(task(cache, TEMPLATE, f, display(in, f), TemplateScanner.FileScan.class,
                    p -> TemplateScanner.scanFile(p, display(in, p))));
        }
        List<ScanPool.Outcome<Scanned>> outcomes = pool.run(tasks);

        int fromCache = (int) outcomes.stream().filter(o -> o.value() != null && o.value().fromCache()).count();
        List<Object> facts = new ArrayList<>();
        int i = 0;
        for (Path f : javaFiles) {
            ScanPool.Outcome<Scanned> o = outcomes.get(i++);
            java.add(o.timedOut() ? new JavaFileFacts(List.of(timeout(in, f, pool)), List.of(), List.of(), List.of())
                    : (JavaFileFacts) o.value().value());
        }
        facts.addAll(java.facts());
        facts.addAll(ThirdPartyServices.find(in.root(), in.dependencies(), java));
        for (Path f : configFiles) {
            ScanPool.Outcome<Scanned> o = outcomes.get(i++);
            facts.addAll(o.timedOut() ? List.of(timeout(in, f, pool)) : ((ConfigFacts) o.value().value()).facts());
        }
        Map<String, TemplateScanner.FileScan> templates = new LinkedHashMap<>();
        Map<String, Path> paths = new TreeMap<>();
        for (Path f : templateFiles) {
            ScanPool.Outcome<Scanned> o = outcomes.get(i++);
            String display = display(in, f);
            paths.put(display, f);
            templates.put(display, o.timedOut() ? new TemplateScanner.FileScan(null, timeout(in, f, pool))
                    : (TemplateScanner.FileScan) o.value().value());
        }
        facts.addAll(TemplateScanner.assemble(templates, paths).facts());
        facts.addAll(project.skipped());
        return new Result(facts, javaFiles.size() + configFiles.size() + templateFiles.size(), fromCache);
    }

    /**
     * Hashes the file, takes its result from the cache when the content is unchanged, else scans it
     * and caches the result if the file did not change while it was being scanned.
     */
    private static <T> Callable<Scanned> task(ScanCache cache, String kind, Path file, String display, Class<T> type,
                                              Function<Path, T> scan) {
        return () -> {
            String hash = ContentHash.of(file);
            T cached = cache.get(kind, display, hash, type);
            if (cached != null) {
                return new Scanned(cached, true);
            }
            T value = scan.apply(file);
            if (hash != null && hash.equals(ContentHash.of(file))) {
                cache.put(kind, display, hash, value);
            }
            return new Scanned(value, false);
        };
    }

    /** A file not analysed in time is a file that could not be analysed: the gate stays closed. */
    private static AnalysisProblem timeout(Inputs in, Path file, ScanPool pool) {
        return new AnalysisProblem(Location.ofFile(display(in, file)), AnalysisProblem.UNPARSABLE,
                "its scan did not finish within the bound of " + pool.bound().toSeconds()
                        + " s (edcomply.fileTimeoutSeconds), so nothing in it was checked");
    }

    private static String display(Inputs in, Path file) {
        return ProjectFiles.display(in.root(), file);
    }
}
