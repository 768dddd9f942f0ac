package org.edcomply.core.model;

/**
 * A database connection configured in the project, with what its URL and parameters mean for
 * transport encryption.
 *
 * @param key    the key or property that holds the URL, e.g. {@code spring.datasource.url}
 * @param url    the URL with any password masked
 * @param system the database, e.g. {@code postgresql}, {@code mysql}, {@code sqlserver}, {@code h2}
 * @param tls    {@value #REQUIRED}, {@value #OPTIONAL} (the driver falls back to plain text),
 *               {@value #DISABLED}, {@value #LOCAL} (an embedded or in-memory database, or this
 *               machine) or {@value #UNKNOWN} (decided outside the URL)
 * @param detail why, in words: which parameter decides it, or which one is misspelt and ignored
 */
public record DatasourceConnection(Location location, String file, String profile, String key, String url,
                                   String system, String tls, String detail) {

    public static final String REQUIRED = "REQUIRED";
    public static final String OPTIONAL = "OPTIONAL";
    public static final String DISABLED = "DISABLED";
    public static final String LOCAL = "LOCAL";
    public static final String UNKNOWN = "UNKNOWN";

    /** True if data may cross the network unencrypted on this connection. */
    public boolean mayTravelUnencrypted() {
        return OPTIONAL.equals(tls) || DISABLED.equals(tls);
    }
}
