package org.edcomply.core.model;

/**
 * Something EdComply could not read or evaluate. Never dropped: the built-in {@code edcomply}
 * requirements turn every problem into a finding, because a gate that skips what it cannot parse
 * passes what it should block.
 *
 * @param kind   e.g. {@link #UNPARSABLE}, {@link #NO_MANIFEST}, {@link #DUPLICATE_KEY}
 * @param detail what went wrong, in words a user can act on
 */
public record AnalysisProblem(Location location, String kind, String detail) {

    public static final String UNPARSABLE = "UNPARSABLE";
    public static final String NO_MANIFEST = "NO_MANIFEST";
    /** A {@code @SuppressCompliance} that cannot be evaluated from the source. */
    public static final String INVALID_SUPPRESSION = "INVALID_SUPPRESSION";
    /** A suppression past its {@code until} date; it no longer applies. */
    public static final String SUPPRESSION_EXPIRED = "SUPPRESSION_EXPIRED";
    /** A suppression that matches no finding. */
    public static final String SUPPRESSION_STALE = "SUPPRESSION_STALE";
    /** A key set twice in one file where the reader keeps the last value, so the first has no effect. */
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
}
