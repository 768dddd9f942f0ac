package org.edcomply.core.model;

/**
 * A secret written into a configuration file instead of being injected at run time. The value itself
 * is never kept: only its masked form.
 *
 * @param key    the key, property or element that holds it, e.g. {@code spring.datasource.password}
 * @param kind   {@value #PASSWORD}, {@value #DEFAULT_PASSWORD}, {@value #TOKEN}, {@value #PRIVATE_KEY}
 *               or {@value #URL_CREDENTIALS}
 * @param masked the value masked, e.g. {@code ******** (14 characters)}
 */
public record HardcodedSecret(Location location, String file, String profile, String key, String kind,
                              String masked) {

    public static final String PASSWORD = "PASSWORD";
    public static final String DEFAULT_PASSWORD = "DEFAULT_PASSWORD";
    public static final String TOKEN = "TOKEN";
    public static final String PRIVATE_KEY = "PRIVATE_KEY";
    public static final String URL_CREDENTIALS = "URL_CREDENTIALS";

    /** What kind of secret it is, in words for messages. */
    public String describe() {
        return switch (kind) {
            case DEFAULT_PASSWORD -> "a well-known default password";
            case TOKEN -> "an access token or API key";
            case PRIVATE_KEY -> "a private key";
            case URL_CREDENTIALS -> "a password inside a connection URL";
            default -> "a hard-coded password or secret";
        };
    }
}
