package org.edcomply.core.model;

/** A category of personal data the manifest says the product holds ({@code dataCategories}). */
public record DeclaredDataCategory(Location location, String category) {

    /** True if this declaration includes data of {@code actual} (itself or a sub-category). */
    public boolean covers(String actual) {
        return DataCategories.covers(category, actual);
    }
}
