package org.edcomply.core.jurisdiction;

import java.util.List;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;

/**
 * An organisation's changes to a jurisdiction, kept in its own repository
 * ({@code src/compliance/jurisdictions/}): requirements added, and requirements whose severity,
 * parameters or texts are changed or that are disabled, each with a recorded reason.
 *
 * @param target the jurisdiction id it changes
 */
public record Overlay(String target, List<Requirement> added, List<RequirementChange> changes, Location definedAt)
        implements RuleFile {
}
