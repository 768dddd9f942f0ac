package org.edcomply.core.scan;

import java.util.List;
import java.util.Map;
import org.edcomply.core.model.Location;

/**
 * The compliance manifest as read: the jurisdictions it selects (with where each is written) and
 * the facts it declares.
 *
 * @param present false when the project has no manifest; the facts then hold the problem
 */
public record Manifest(boolean present, Map<String, Location> jurisdictions, List<Object> facts) {
}
