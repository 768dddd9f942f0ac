package org.edcomply.core.model;

/**
 * An attribute of the session cookie, normalised from wherever it is set: Spring Boot's
 * {@code server.servlet.session.cookie.*} (or {@code server.reactive.session.cookie.*}) or
 * web.xml's {@code <session-config><cookie-config>}.
 *
 * @param attribute {@value #SECURE}, {@value #HTTP_ONLY}, {@value #SAME_SITE} or {@value #TRACKING_MODE}
 * @param key       the key or element path as written in the file, for messages
 */
public record SessionCookieSetting(Location location, String file, String profile, String attribute, String key,
                                   String value) {

    public static final String SECURE = "secure";
    public static final String HTTP_ONLY = "http-only";
    public static final String SAME_SITE = "same-site";
    public static final String TRACKING_MODE = "tracking-mode";

    /** True if the value is one of {@code allowed}, compared without case. */
    public boolean valueIn(java.util.List<String> allowed) {
        return allowed.stream().anyMatch(a -> a.equalsIgnoreCase(value.trim()));
    }
}
