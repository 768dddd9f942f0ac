package org.edcomply.core;

/**
 * Where a run spent its time and what the incremental cache saved, for the build log and the
 * benchmark.
 *
 * @param files             files read by the scanners
 * @param filesFromCache    of those, files whose facts came from the cache (content unchanged)
 * @param findingsFromCache the rules were not run: facts, requirements and rules were all unchanged
 * @param scanMillis        listing, hashing and scanning files, and the phases across files
 * @param ruleBaseMillis    waiting for the compiled rules (0 when they were ready or not needed)
 * @param rulesMillis       inserting facts and firing rules
 * @param totalMillis       the whole analysis
 * @param cacheNote         why the cache was not used or was rebuilt, or empty
 */
public record AnalysisStats(int files, int filesFromCache, boolean findingsFromCache, long scanMillis,
                            long ruleBaseMillis, long rulesMillis, long totalMillis, String cacheNote) {

    public AnalysisStats {
        cacheNote = cacheNote == null ? "" : cacheNote;
    }
}
