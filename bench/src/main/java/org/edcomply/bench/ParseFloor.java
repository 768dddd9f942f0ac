package org.edcomply.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.edcomply.core.scan.JavaSourceScanner;

/**
 * The floor: a whole process that reads and parses every Java file once with JavaParser, with the
 * parser configuration EdComply uses and the same number of threads, and does nothing else. No
 * scanner can be faster than parsing what it scans.
 *
 * <p>Arguments: the file that lists the Java files, the thread count, the Java release (or
 * {@code newest}).
 */
public final class ParseFloor {

    private ParseFloor() {
    }

    public static void main(String[] args) throws Exception {
        ProcessMetrics metrics = new ProcessMetrics();
        long start = System.nanoTime();
        List<Path> files = Files.readAllLines(Path.of(args[0])).stream().filter(s -> !s.isBlank()).map(Path::of).toList();
        int threads = Integer.parseInt(args[1]);
        Integer release = "newest".equals(args[2]) ? null : Integer.valueOf(args[2]);
        ParserConfiguration.LanguageLevel level = JavaSourceScanner.languageLevel(release);
        ThreadLocal<JavaParser> parser = ThreadLocal.withInitial(() -> new JavaParser(new ParserConfiguration()
                .setLanguageLevel(level).setAttributeComments(false)));
        AtomicInteger problems = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    try {
                        ParseResult<CompilationUnit> result = parser.get().parse(Files.readString(file));
                        if (!result.isSuccessful()) {
                            problems.incrementAndGet();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        metrics.put("files", files.size());
        metrics.put("problems", problems.get());
        metrics.put("millis", (System.nanoTime() - start) / 1_000_000);
        metrics.print();
    }
}
