package org.edcomply.core.model;

/**
 * A column created by a database migration (Flyway or Liquibase SQL, a Liquibase changelog).
 *
 * @param type the column type as written, e.g. {@code varchar(255)}, or {@code ""}
 */
public record DatabaseColumn(Location location, String file, String table, String column, String type) {
}
