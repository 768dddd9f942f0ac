package org.edcomply.core.jurisdiction;

import java.util.List;
import java.util.Map;
import org.edcomply.core.model.Location;

/**
 * A kind of check: one DRL rule (or a few) plus this declaration of its parameters, written beside
 * the DRL as {@code <name>.check.yaml}. Requirements name a check type and give its parameters.
 *
 * @param placeholders names a requirement's message may use, with what they hold
 */
public record CheckType(
        String name,
        String summary,
        String description,
        List<String> reads,
        Map<String, Parameter> parameters,
        Map<String, String> placeholders,
        Location definedAt) {

    /** One parameter of a check type. */
    public record Parameter(String name, ParameterType type, boolean required, Object defaultValue,
                            String description) {
    }
}
