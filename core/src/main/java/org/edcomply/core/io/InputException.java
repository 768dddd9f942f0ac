package org.edcomply.core.io;

import org.edcomply.core.model.Location;

/**
 * A user's input could not be read: its message is {@code file:line:column: what was expected},
 * meant to be shown as it is, without a stack trace.
 */
public class InputException extends RuntimeException {

    private final Location location;
    private final String problem;

    public InputException(Location location, String problem) {
        super(location + ": " + problem);
        this.location = location;
        this.problem = problem;
    }

    public InputException(Location location, String problem, Throwable cause) {
        super(location + ": " + problem, cause);
        this.location = location;
        this.problem = problem;
    }

    public Location location() {
        return location;
    }

    /** The message without the location. */
    public String problem() {
        return problem;
    }
}
