package org.edcomply.core.model;

import java.util.List;

/**
 * Where the team has committed to keep personal data ({@code hosting.allowedRegions}), usually in
 * its contracts with schools.
 *
 * @param jurisdiction the jurisdiction id the list is for, or {@code ""} when it holds for all
 */
public record AllowedRegions(Location location, String jurisdiction, List<String> regions) {

    public AllowedRegions {
        regions = List.copyOf(regions);
    }

    public boolean isForAll() {
        return jurisdiction.isEmpty();
    }
}
