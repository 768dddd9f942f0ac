package org.edcomply.core.model;

import java.util.List;

/** A region where personal data is stored or processed ({@code hosting.regions}). */
public record HostingRegion(Location location, String region) implements DataLocation {

    @Override
    public String destination() {
        return region;
    }

    public boolean within(List<String> areas) {
        return Regions.within(region, areas);
    }
}
