package org.edcomply.core.scan.template;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.MarkupPage;
import org.edcomply.core.scan.ProjectFiles;

/**
 * Scans the templates and static pages an application serves: HTML and Thymeleaf, JSP (pages,
 * fragments, tag files), FreeMarker, Velocity and JSF Facelets. Every file gives its element facts
 * with exact positions; then layouts and includes are resolved across files, so that each page
 * gets one {@link MarkupPage} saying what the rendered document's title and language are.
 *
 * <p>A file that cannot be read, or whose markup runs unclosed into the end of the file, is an
 * {@link AnalysisProblem}; whatever could be parsed is still checked.
 */
public final class TemplateScanner {

    /** Where Maven web projects keep what they serve, relative to the module root. */
    public static final List<Path> DEFAULT_ROOTS = List.of(Path.of("src/main/resources/templates"),
            Path.of("src/main/resources/static"), Path.of("src/main/resources/public"),
            Path.of("src/main/resources/META-INF/resources"), Path.of("src/main/webapp"));

    private static final List<String> EXTENSIONS = List.of(".html", ".htm", ".jsp", ".jspf", ".tag", ".ftl", ".ftlh",
            ".vm", ".xhtml");

    /** The facts of all templates, and how many files were read. */
    public record Result(List<Object> facts, int files) {
    }

    private TemplateScanner() {
    }

    /** True for the file names this scanner reads. */
    public static boolean accepts(Path file) {
        return TemplateDialect.accepts(file);
    }

    /**
     * The templates under the roots (absolute, or relative to {@code projectRoot}), sorted; a file
     * under two roots once. Links that are not followed are kept by {@code project} for the caller.
     */
    public static List<Path> files(Path projectRoot, List<Path> roots, ProjectFiles project) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path root : roots) {
            files.addAll(project.under(projectRoot.resolve(root), TemplateScanner::accepts));
        }
        return files.stream().sorted().toList();
    }

    /**
     * Scans every template under the roots (absolute, or relative to {@code projectRoot}); a file
     * under two roots is read once; links not followed are among the facts.
     */
    public static Result scan(Path projectRoot, List<Path> roots) {
        ProjectFiles project = new ProjectFiles(projectRoot);
        Result result = scan(projectRoot, roots, project);
        List<Object> facts = new ArrayList<>(result.facts());
        facts.addAll(project.skipped());
        return new Result(facts, result.files());
    }

    /**
     * As {@link #scan(Path, List)}, listing files through {@code project}, which keeps the links it
     * did not follow for the caller to report.
     */
    public static Result scan(Path projectRoot, List<Path> roots, ProjectFiles project) {
        Map<String, FileScan> scans = new java.util.LinkedHashMap<>();
        Map<String, Path> paths = new TreeMap<>();
        for (Path file : files(projectRoot, roots, project)) {
            String display = ProjectFiles.display(projectRoot, file);
            paths.put(display, file);
            scans.put(display, scanFile(file, display));
        }
        return assemble(scans, paths);
    }

    /**
     * What one template file yields on its own, before references are resolved across templates:
     * the parsed template, or the problem that kept it from being read.
     */
    public record FileScan(ParsedTemplate.Snapshot template, AnalysisProblem problem) {
    }

    /** Reads and parses one template. */
    public static FileScan scanFile(Path file, String display) {
        TemplateDialect dialect = TemplateDialect.of(file).orElseThrow();
        try {
            return new FileScan(TemplateParser.parse(InputLimits.readText(file, display), display, dialect).snapshot(),
                    null);
        } catch (InputException e) {
            return new FileScan(null, e.asFact("template could not be read: "));
        }
    }

    /**
     * Resolves layouts and includes across the scanned templates and gives every fact: the
     * templates' own (in file order, problems of unreadable files where the file stands) and one
     * {@link MarkupPage} per page.
     *
     * @param scans by display path, in file order
     * @param paths display path to file, for every scanned template
     */
    public static Result assemble(Map<String, FileScan> scans, Map<String, Path> paths) {
        Map<String, ParsedTemplate> parsed = new TreeMap<>();
        List<Object> facts = new ArrayList<>();
        for (Map.Entry<String, FileScan> e : scans.entrySet()) {
            if (e.getValue().problem() != null) {
                facts.add(e.getValue().problem());
            }
            if (e.getValue().template() != null) {
                parsed.put(e.getKey(), ParsedTemplate.of(e.getValue().template()));
            }
        }
        resolve(parsed, paths);
        for (ParsedTemplate t : parsed.values()) {
            facts.addAll(t.facts);
        }
        facts.addAll(pages(parsed, paths));
        return new Result(facts, scans.size());
    }

    // ---- references between templates

    private static void resolve(Map<String, ParsedTemplate> parsed, Map<String, Path> paths) {
        List<String[]> candidates = new ArrayList<>();
        for (String file : parsed.keySet()) {
            String slashed = "/" + file;
            String bare = slashed;
            for (String ext : EXTENSIONS) {
                if (slashed.endsWith(ext)) {
                    bare = slashed.substring(0, slashed.length() - ext.length());
                    break;
                }
            }
            candidates.add(new String[] {file, slashed, bare});
        }
        Map<String, String> found = new java.util.HashMap<>();
        for (ParsedTemplate t : parsed.values()) {
            for (Reference r : t.references) {
                String dir = t.file.contains("/") ? t.file.substring(0, t.file.lastIndexOf('/') + 1) : "";
                t.resolved.add(r.isComputed() ? null
                        : r.target().isEmpty() ? t.file
                        : found.computeIfAbsent(dir + "\n" + r.target(), k -> find(r.target(), dir, parsed, candidates)));
            }
        }
    }

    /**
     * The template a reference names: relative to the referring file, or (as template engines
     * resolve against their roots) any template whose path ends with the name, with or without one
     * of the template extensions. {@code ""} is the referring template itself.
     */
    private static String find(String target, String dir, Map<String, ParsedTemplate> parsed,
                               List<String[]> candidates) {
        String name = target.replace('\\', '/');
        int query = name.indexOf('?');
        name = query >= 0 ? name.substring(0, query) : name;
        String relative = normalise(dir + name);
        if (parsed.containsKey(relative)) {
            return relative;
        }
        String suffix = "/" + normalise(name.startsWith("/") ? name.substring(1) : name);
        String best = null;
        for (String[] c : candidates) {
            if ((c[1].endsWith(suffix) || c[2].endsWith(suffix)) && (best == null || c[0].length() < best.length())) {
                best = c[0];
            }
        }
        return best;
    }

    private static String normalise(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    // ---- pages and what their documents say

    private static List<MarkupPage> pages(Map<String, ParsedTemplate> parsed, Map<String, Path> paths) {
        Set<String> referenced = new HashSet<>();
        for (ParsedTemplate t : parsed.values()) {
            for (String target : t.resolved) {
                if (target != null && !target.equals(t.file)) {
                    referenced.add(target);
                }
            }
        }
        List<MarkupPage> pages = new ArrayList<>();
        for (ParsedTemplate page : parsed.values()) {
            if (referenced.contains(page.file) || page.fragmentLibrary
                    || TemplateDialect.isFragmentFile(paths.get(page.file))) {
                continue;
            }
            List<ParsedTemplate> document = new ArrayList<>();
            boolean unresolved = headClosure(page, parsed, document);
            ParsedTemplate withHtml = document.stream().filter(t -> t.html != null).findFirst().orElse(null);
            if (withHtml == null) {
                continue; // not a whole document: a fragment, or built by something EdComply cannot see
            }
            ParsedTemplate withTitle = document.stream().filter(t -> t.hasTitle).findFirst().orElse(null);
            ParsedTemplate withLang = document.stream().filter(t -> t.html != null && (t.lang != null || t.langDynamic))
                    .findFirst().orElse(null);
            Location at = page.html != null ? page.html : firstHeadReference(page);
            pages.add(new MarkupPage(at, page.file,
                    withTitle == null ? null : withTitle.title, withTitle != null && withTitle.titleDynamic,
                    withLang == null ? null : withLang.lang, withLang != null && withLang.langDynamic,
                    withLang == null || withLang.langLocation == null ? withHtml.html : withLang.langLocation,
                    unresolved));
        }
        return pages;
    }

    /** The page and the templates that may bring its head, page first; true if one was not found. */
    private static boolean headClosure(ParsedTemplate page, Map<String, ParsedTemplate> parsed,
                                       List<ParsedTemplate> out) {
        boolean unresolved = false;
        Deque<ParsedTemplate> todo = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        todo.add(page);
        seen.add(page.file);
        while (!todo.isEmpty()) {
            ParsedTemplate t = todo.poll();
            out.add(t);
            for (int i = 0; i < t.references.size(); i++) {
                if (!t.isHeadReference(i)) {
                    continue;
                }
                String target = t.resolved.get(i);
                if (target == null) {
                    unresolved = true;
                } else if (seen.add(target)) {
                    todo.add(parsed.get(target));
                }
            }
        }
        return unresolved;
    }

    private static Location firstHeadReference(ParsedTemplate page) {
        for (int i = 0; i < page.references.size(); i++) {
            if (page.isHeadReference(i)) {
                return page.referenceLocations.get(i);
            }
        }
        return new Location(page.file, 1, 1);
    }

}
