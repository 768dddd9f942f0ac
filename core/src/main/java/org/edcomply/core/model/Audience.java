package org.edcomply.core.model;

import java.util.List;

/**
 * Who uses the product, as declared in the manifest's {@code audience} section.
 *
 * @param location                 where {@code minAge} is written (or the {@code audience} key, or the manifest)
 * @param minAge                   the youngest age the product is meant for, or {@code null} when not declared
 * @param directedToChildren       the product is directed to children under 13 (COPPA 16 CFR 312.2), or null
 * @param likelyAccessedByChildren children under 18 are likely to use it even if it is not meant for them
 *                                 (UK Age Appropriate Design Code), or null
 * @param customerTypes            who buys it: {@code K12_PUBLIC}, {@code K12_PRIVATE}, {@code HIGHER_ED},
 *                                 {@code PUBLIC_ENTITY}, {@code DIRECT_TO_CONSUMER}
 */
public record Audience(Location location, Integer minAge, Boolean directedToChildren,
                       Boolean likelyAccessedByChildren, List<String> customerTypes) {

    public Audience {
        customerTypes = customerTypes == null ? List.of() : List.copyOf(customerTypes);
    }

    /** An audience known only by its minimum age. */
    public Audience(Location location, Integer minAge) {
        this(location, minAge, null, null, List.of());
    }

    public boolean includesAgeBelow(int age) {
        return minAge != null && minAge < age;
    }

    /**
     * True if children below {@code age} may use the product: the minimum age is below it, or the
     * product is directed to children (under 13, so any age limit of 13 or more), or likely to be
     * accessed by children (under 18, so an age limit of 18 or more).
     */
    public boolean mayIncludeChildrenBelow(int age) {
        return includesAgeBelow(age) || directedBelow(age) || likelyAccessedBelow(age);
    }

    /**
     * The manifest key that says children below {@code age} may use the product: {@code audience.minAge},
     * else {@code audience.directedToChildren} or {@code audience.likelyAccessedByChildren}; null if none does.
     */
    public String childrenBelowKey(int age) {
        return includesAgeBelow(age) ? "audience.minAge"
                : directedBelow(age) ? "audience.directedToChildren"
                : likelyAccessedBelow(age) ? "audience.likelyAccessedByChildren" : null;
    }

    /**
     * The youngest users, for messages: the minimum age when it is below {@code age}, else the age
     * group the flag declares, e.g. {@code under 13 (audience.directedToChildren)}.
     */
    public String youngestBelow(int age) {
        return includesAgeBelow(age) ? String.valueOf(minAge)
                : directedBelow(age) ? "under 13 (audience.directedToChildren)"
                : likelyAccessedBelow(age) ? "under 18 (audience.likelyAccessedByChildren)" : null;
    }

    private boolean directedBelow(int age) {
        return Boolean.TRUE.equals(directedToChildren) && age >= 13;
    }

    private boolean likelyAccessedBelow(int age) {
        return Boolean.TRUE.equals(likelyAccessedByChildren) && age >= 18;
    }
}
