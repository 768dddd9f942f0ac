package org.edcomply.core.scan.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.edcomply.core.model.DatasourceConnection;
import org.edcomply.core.model.LoggerLevel;
import org.edcomply.core.model.SessionCookieSetting;

/**
 * What Spring Boot makes of some keys, as facts rules can use without knowing Spring: session cookie
 * attributes, database connections and logger levels. Keys are compared in Spring's relaxed form
 * ({@code httpOnly}, {@code http-only} and {@code http_only} are the same key).
 */
public final class SpringSettings {

    private static final Map<String, String> COOKIE_ATTRIBUTES = Map.of(
            "secure", SessionCookieSetting.SECURE,
            "httponly", SessionCookieSetting.HTTP_ONLY,
            "samesite", SessionCookieSetting.SAME_SITE);
    private static final List<String> COOKIE_PREFIXES = List.of("server.servlet.session.cookie.",
            "server.reactive.session.cookie.");
    private static final String TRACKING_MODES = "server.servlet.session.trackingmodes";
    private static final String LOGGING_LEVEL = "logging.level.";
    private static final String LOGGING_GROUP = "logging.group.";
    private static final String DATA_SOURCE_PROPERTIES = ".hikari.datasourceproperties.";

    /** Spring Boot's predefined logger groups. */
    private static final Map<String, List<String>> BUILT_IN_GROUPS = Map.of(
            "web", List.of("org.springframework.core.codec", "org.springframework.http", "org.springframework.web",
                    "org.springframework.boot.actuate.endpoint.web",
                    "org.springframework.boot.web.servlet.ServletContextInitializerBeans"),
            "sql", List.of("org.springframework.jdbc.core", "org.hibernate.SQL", "org.jooq.tools.LoggerListener"));

    private SpringSettings() {
    }

    /** The derived facts of one profile document of one file. */
    public static List<Object> derive(String file, String profile, List<Setting> settings) {
        List<Object> facts = new ArrayList<>();
        Map<String, List<String>> groups = new LinkedHashMap<>(BUILT_IN_GROUPS);
        Map<String, Map<String, String>> driverProperties = new LinkedHashMap<>();
        for (Setting s : settings) {
            String relaxed = s.relaxedKey();
            if (relaxed.startsWith(LOGGING_GROUP)) {
                groups.put(s.key().substring(LOGGING_GROUP.length()), List.of(s.value().split("\\s*,\\s*")));
            }
            int at = relaxed.indexOf(DATA_SOURCE_PROPERTIES);
            if (at >= 0) {
                // the property name keeps its case: drivers match it exactly
                String name = s.key().substring(s.key().toLowerCase(Locale.ROOT).lastIndexOf("properties.") + 11);
                driverProperties.computeIfAbsent(relaxed.substring(0, at), k -> new LinkedHashMap<>())
                        .put(name.replace("[", "").replace("]", ""), s.value());
            }
        }
        for (Setting s : settings) {
            String relaxed = s.relaxedKey();
            for (String prefix : COOKIE_PREFIXES) {
                String attribute = relaxed.startsWith(prefix) ? COOKIE_ATTRIBUTES.get(relaxed.substring(prefix.length())) : null;
                if (attribute != null) {
                    facts.add(new SessionCookieSetting(s.location(), file, profile, attribute, s.key(), s.value()));
                }
            }
            if (relaxed.equals(TRACKING_MODES) || relaxed.startsWith(TRACKING_MODES + "[")) {
                facts.add(new SessionCookieSetting(s.location(), file, profile, SessionCookieSetting.TRACKING_MODE,
                        s.key(), s.value()));
            }
            if (relaxed.startsWith(LOGGING_LEVEL)) {
                String logger = s.key().substring(LOGGING_LEVEL.length()).replace("[", "").replace("]", "");
                List<String> loggers = logger.equalsIgnoreCase("root") ? List.of(LoggerLevel.ROOT)
                        : groups.getOrDefault(logger, List.of(logger));
                for (String name : loggers) {
                    facts.add(new LoggerLevel(s.location(), file, profile, name, s.value().trim().toUpperCase(Locale.ROOT)));
                }
            }
            if (isUrlKey(relaxed) && DatasourceTls.isDatabaseUrl(s.value())) {
                facts.add(connection(file, profile, s, driverProperties.getOrDefault(dataSource(relaxed), Map.of())));
            }
        }
        return facts;
    }

    /** A connection URL, wherever it is configured. */
    static DatasourceConnection connection(String file, String profile, Setting s, Map<String, String> extra) {
        DatasourceTls.Result tls = DatasourceTls.analyse(s.value(), extra);
        return new DatasourceConnection(s.location(), file, profile, s.key(), Secrets.maskUrlPasswords(s.value().trim()),
                tls.system(), tls.tls(), tls.detail());
    }

    private static boolean isUrlKey(String relaxed) {
        String last = relaxed.substring(relaxed.lastIndexOf('.') + 1);
        return last.equals("url") || last.equals("jdbcurl") || last.equals("uri");
    }

    /**
     * The data source a URL key belongs to, as Hikari's {@code data-source-properties} of it are keyed:
     * {@code spring.datasource.url} and {@code spring.datasource.hikari.jdbc-url} both belong to
     * {@code spring.datasource}.
     */
    private static String dataSource(String relaxedUrlKey) {
        int dot = relaxedUrlKey.lastIndexOf('.');
        String base = dot < 0 ? "" : relaxedUrlKey.substring(0, dot);
        return base.endsWith(".hikari") ? base.substring(0, base.length() - ".hikari".length()) : base;
    }
}
