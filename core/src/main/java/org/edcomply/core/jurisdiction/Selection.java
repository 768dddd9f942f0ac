package org.edcomply.core.jurisdiction;

import java.util.ArrayList;
import java.util.List;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;

/**
 * The requirements one run applies.
 *
 * @param active        in force on the run's date
 * @param upcoming      in force within the horizon, already turned into INFO early warnings
 * @param disabled      switched off by an overlay, with its reason
 * @param jurisdictions the jurisdiction ids applied (selected, extended, always), sorted
 */
public record Selection(List<Requirement> active, List<Requirement> upcoming, List<Disabled> disabled,
                        List<String> jurisdictions) {

    /** A requirement an organisation switched off, and why. */
    public record Disabled(Requirement requirement, String reason, Location where) {
    }

    /** Everything to evaluate: active requirements and early warnings. */
    public List<Requirement> requirements() {
        List<Requirement> all = new ArrayList<>(active);
        all.addAll(upcoming);
        return all;
    }
}
