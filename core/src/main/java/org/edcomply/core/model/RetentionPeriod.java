package org.edcomply.core.model;

/**
 * How long data of one category is kept ({@code retention.categories}).
 *
 * @param days the period in days, or {@code null} when it is kept indefinitely
 */
public record RetentionPeriod(Location location, String category, Integer days) {

    public boolean isIndefinite() {
        return days == null;
    }

    public boolean longerThan(int maxDays) {
        return days == null || days > maxDays;
    }

    /** True if this period applies to data of {@code actual} (the category itself or a sub-category). */
    public boolean covers(String actual) {
        return DataCategories.covers(category, actual);
    }

    /** The period for messages: {@code 365 days} or {@code indefinitely}. */
    public String describe() {
        return days == null ? "indefinitely" : days == 1 ? "1 day" : days + " days";
    }
}
