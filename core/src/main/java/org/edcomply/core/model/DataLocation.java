package org.edcomply.core.model;

import java.util.List;

/**
 * A place personal data is kept or sent to: a hosting region or a transfer's destination. Rules that
 * ask "does data leave these regions?" match this type and see both.
 */
public interface DataLocation {

    /** The region, as a region code. */
    String destination();

    /** True if the destination lies within one of {@code areas}. */
    default boolean destinationWithin(List<String> areas) {
        return Regions.within(destination(), areas);
    }
}
