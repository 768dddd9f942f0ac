package org.edcomply.core.engine;

import java.util.List;

/** DRL that does not compile; the messages name the file and line of each error. */
public class RuleCompilationException extends RuntimeException {

    private final List<String> errors;

    public RuleCompilationException(List<String> errors) {
        super("rules do not compile:\n  " + String.join("\n  ", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
