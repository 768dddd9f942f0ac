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
    /** A rule failed while evaluating a requirement: that requirement's result is unknown. */
    public static final String RULE_FAILED = "RULE_FAILED";
    /** A file that holds binary data, not text: it is skipped, and said so. */
    public static final String BINARY_FILE = "BINARY_FILE";
    /** A link EdComply does not follow: out of the project, in a loop, or to nothing. */
    public static final String LINK_NOT_FOLLOWED = "LINK_NOT_FOLLOWED";
}
