package org.edcomply.core;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a run reads the project: how many files are scanned at once, how long one file may take,
 * and where the incremental cache lives.
 *
 * @param threads        files scanned in parallel (a bounded pool, one parser per thread)
 * @param fileTimeout    the bound on one file's scan; a file still being scanned after it is
 *                       reported as a finding ({@code EDC-UNPARSABLE}: it could not be analysed) and the run goes on
 * @param cacheDirectory where the incremental cache is kept (e.g. {@code target/edcomply}), or
 *                       null for none
 */
public record ScanOptions(int threads, Duration fileTimeout, Path cacheDirectory) {

    /** The default bound on one file's scan; generous, because CI machines are often loaded. */
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(60);

    public ScanOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (fileTimeout == null || fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("the file timeout must be positive, was " + fileTimeout);
        }
    }

    /** One thread per core, the default bound, no cache. */
    public static ScanOptions defaults() {
        return new ScanOptions(defaultThreads(), DEFAULT_FILE_TIMEOUT, null);
    }

    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public ScanOptions withCache(Path directory) {
        return new ScanOptions(threads, fileTimeout, directory);
    }
}
