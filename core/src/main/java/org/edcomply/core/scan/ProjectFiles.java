package org.edcomply.core.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Lists a project's files in a stable order, without following links out of the project. */
public final class ProjectFiles {

    private ProjectFiles() {
    }

    /** Regular files under {@code dir} (recursively) accepted by {@code filter}, sorted by path. */
    public static List<Path> under(Path dir, Predicate<Path> filter) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && filter.test(file)) {
                        files.add(file);
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

    /** The path relative to the project root with {@code /} separators, as findings show it. */
    public static String display(Path root, Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }
}
