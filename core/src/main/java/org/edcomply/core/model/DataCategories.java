package org.edcomply.core.model;

import org.edcomply.annotations.DataCategory;

/** How data categories relate: a category covers its sub-categories ({@code HEALTH} covers {@code DISABILITY}). */
public final class DataCategories {

    private DataCategories() {
    }

    /**
     * True if what is declared as {@code declared} includes data of category {@code actual}: the same
     * category, or a parent in the taxonomy (by its dotted key). {@code OTHER} covers only itself, so
     * that it cannot stand in for every category.
     */
    public static boolean covers(String declared, String actual) {
        if (declared == null || actual == null) {
            return false;
        }
        if (declared.equals(actual)) {
            return true;
        }
        DataCategory d = parse(declared);
        DataCategory a = parse(actual);
        if (d == null || a == null || d == DataCategory.OTHER) {
            return false;
        }
        return a.key().startsWith(d.key() + ".");
    }

    static DataCategory parse(String name) {
        try {
            return DataCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
