package org.edcomply.core.model;

/**
 * A configuration file that was read, so that rules can tell "the key is absent" from
 * "there is no such file".
 *
 * @param kind e.g. {@code spring}, {@code web.xml}
 */
public record ConfigFile(Location location, String kind, String profile) {
}
