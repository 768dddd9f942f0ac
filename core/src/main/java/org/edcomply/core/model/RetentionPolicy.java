package org.edcomply.core.model;

/** The written data retention policy ({@code retention.policy}): a file in the project or an https URL. */
public record RetentionPolicy(Location location, String reference) {
}
