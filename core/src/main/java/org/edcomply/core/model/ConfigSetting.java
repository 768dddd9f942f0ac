package org.edcomply.core.model;

/**
 * One key of a configuration file, flattened to Spring's dotted form.
 *
 * @param file     the configuration file, e.g. {@code src/main/resources/application-prod.yml}
 * @param profile  the Spring profile the value applies to, or {@code ""} for the default profile
 * @param value    the value as written, except that secrets are already masked: a password or
 *                 token never reaches a rule, so it cannot reach a report
 */
public record ConfigSetting(Location location, String file, String profile, String key, String value) {

    public boolean isDefaultProfile() {
        return profile.isEmpty();
    }
}
