package org.edcomply.core.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;

/**
 * Lists a project's files in a stable order. Links are followed while they stay inside the project;
 * a link that leads out of it, loops, or leads nowhere is not followed and is recorded as an
 * {@link AnalysisProblem} ({@link AnalysisProblem#LINK_NOT_FOLLOWED}), so that nothing is skipped
 * silently and nothing outside the project (a user's home, {@code /etc}) is ever read into a report.
 *
 * <p>A folder the build names outside the project (a shared resource folder) is trusted as a whole:
 * links inside it may not leave it either.
 */
public final class ProjectFiles {

    private static final Comparator<AnalysisProblem> ORDER = Comparator.comparing(AnalysisProblem::location)
            .thenComparing(AnalysisProblem::detail);

    private final Path root;
    private final Path realRoot;
    private final Set<AnalysisProblem> skipped = new LinkedHashSet<>();

    /** @param projectRoot the folder whose files may be read, links included */
    public ProjectFiles(Path projectRoot) {
        this.root = projectRoot.toAbsolutePath().normalize();
        this.realRoot = real(root);
    }

    /**
     * Regular files under {@code dir} (recursively) accepted by {@code filter}, sorted by path. Links
     * that are not followed are recorded ({@link #skipped()}); a link whose name the filter rejects
     * is left alone like any other file EdComply does not read.
     */
    public synchronized List<Path> under(Path dir, Predicate<Path> filter) {
        Path start = root.resolve(dir).toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(start)) {
            return files;
        }
        Path boundary = start.startsWith(root) ? realRoot : real(start);
        if (!real(start).startsWith(boundary)) {
            skip(start, "a link to the folder " + target(start) + ", outside the project");
            return files;
        }
        try {
            Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                            if (!d.equals(start) && Files.isSymbolicLink(d) && !real(d).startsWith(boundary)) {
                                skip(d, "a link to the folder " + target(d) + ", outside the project");
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (attrs.isSymbolicLink() && filter.test(file)) {
                                // the walk follows links, so a link's own attributes mean its target is missing
                                skip(file, "a link to " + target(file) + ", which does not exist");
                                return FileVisitResult.CONTINUE;
                            }
                            if (!attrs.isRegularFile() || !filter.test(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (Files.isSymbolicLink(file) && !real(file).startsWith(boundary)) {
                                skip(file, "a link to the file " + target(file) + ", outside the project");
                            } else {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                skip(file, "a link to " + target(file) + ", a folder that contains the link itself");
                            } else if (e instanceof NoSuchFileException && Files.isSymbolicLink(file)) {
                                if (filter.test(file)) {
                                    skip(file, "a link to " + target(file) + ", which does not exist");
                                }
                            } else {
                                skipped.add(new AnalysisProblem(Location.ofFile(display(root, file)),
                                        AnalysisProblem.UNPARSABLE, "cannot be read: " + e.getClass().getSimpleName()));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return files;
    }

    /** What was not read and why, sorted by file. */
    public synchronized List<AnalysisProblem> skipped() {
        return skipped.stream().sorted(ORDER).toList();
    }

    /**
     * The files of a folder that the build configuration names (organisation rules, overlays): as
     * {@link #under}, but a link that cannot be followed is a configuration error, because these
     * files decide what is checked.
     *
     * @throws InputException for the first link that is not followed
     */
    public static List<Path> configured(Path projectRoot, Path dir, Predicate<Path> filter) {
        ProjectFiles files = new ProjectFiles(projectRoot);
        List<Path> found = files.under(dir, filter);
        List<AnalysisProblem> skipped = files.skipped();
        if (!skipped.isEmpty()) {
            AnalysisProblem first = skipped.get(0);
            throw new InputException(first.location(), first.detail());
        }
        return found;
    }

    /** {@link #configured} with the folder as its own root, for folders outside any project (fixtures). */
    public static List<Path> inFolder(Path dir, Predicate<Path> filter) {
        Path absolute = dir.toAbsolutePath().normalize();
        // the files as paths under dir as the caller gave it (relative stays relative)
        return configured(absolute, absolute, filter).stream().map(f -> dir.resolve(absolute.relativize(f))).toList();
    }

    /** The path relative to the project root with {@code /} separators, as findings show it. */
    public static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    private void skip(Path link, String why) {
        skipped.add(new AnalysisProblem(Location.ofFile(display(root, link)), AnalysisProblem.LINK_NOT_FOLLOWED, why
                + "; EdComply reads only files inside the project"));
    }

    /** Where a link points, as written in the link. */
    private static String target(Path link) {
        try {
            return Files.isSymbolicLink(link) ? Files.readSymbolicLink(link).toString() : link.toString();
        } catch (IOException e) {
            return "an unreadable target";
        }
    }

    /** The path with every link resolved; for a path that does not resolve, the path itself. */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
