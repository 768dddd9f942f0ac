package org.edcomply.core.io;

import java.util.List;
import java.util.stream.Collectors;

/** Several problems in the user's input, all reported at once so that one edit can fix them all. */
public class InputErrors extends RuntimeException {

    private final List<InputException> errors;

    public InputErrors(List<InputException> errors) {
        super(errors.stream().map(InputException::getMessage).collect(Collectors.joining("\n")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("no errors");
        }
        this.errors = List.copyOf(errors);
    }

    public List<InputException> errors() {
        return errors;
    }

    /** Throws when the list holds anything. */
    public static void throwIfAny(List<InputException> errors) {
        if (errors.size() == 1) {
            throw errors.get(0);
        }
        if (!errors.isEmpty()) {
            throw new InputErrors(errors);
        }
    }
}
