package org.edcomply.core.jurisdiction;

import java.util.List;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;

/**
 * One jurisdiction file: a regime (or a tool's own requirements) and what it requires.
 *
 * @param id     e.g. {@code us-coppa}; what manifests and the {@code jurisdictions} parameter select
 * @param always true for requirements that apply whatever is selected (EdComply's own)
 */
public record Jurisdiction(String id, String name, String region, String regime, boolean always,
                           List<Requirement> requirements, Location definedAt) {
}
