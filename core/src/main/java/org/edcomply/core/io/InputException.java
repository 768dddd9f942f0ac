package org.edcomply.core.io;

import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;

/**
 * A user's input could not be read: its message is {@code file:line:column: what was expected},
 * meant to be shown as it is, without a stack trace.
 */
public class InputException extends RuntimeException {

    private final Location location;
    private final String problem;
    private final String kind;

    public InputException(Location location, String problem) {
        this(location, AnalysisProblem.UNPARSABLE, problem);
    }

    /** @param kind what a scanner reports it as, an {@link AnalysisProblem} kind */
    public InputException(Location location, String kind, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
        this.kind = kind;
    }

    public InputException(Location location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
        this.kind = AnalysisProblem.UNPARSABLE;
    }

    public Location location() {
        return location;
    }

    /**
     * What a scanner reports the file as: {@link AnalysisProblem#UNPARSABLE}, or
     * {@link AnalysisProblem#BINARY_FILE} for a file that holds no text at all.
     */
    public String kind() {
        return kind;
    }

    /**
     * This problem as a fact for the rules, so the file is reported rather than skipped.
     *
     * @param prefix what the file was read as, e.g. {@code "SQL could not be read: "}; not used for
     *               a binary file, whose problem says what it holds
     */
    public AnalysisProblem asFact(String prefix) {
        return new AnalysisProblem(location, kind, AnalysisProblem.UNPARSABLE.equals(kind) ? prefix + problem : problem);
    }

    /** The message without the location. */
    public String problem() {
        return problem;
    }
}
