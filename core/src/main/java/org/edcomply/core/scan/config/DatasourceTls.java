package org.edcomply.core.scan.config;

import static org.edcomply.core.model.DatasourceConnection.DISABLED;
import static org.edcomply.core.model.DatasourceConnection.LOCAL;
import static org.edcomply.core.model.DatasourceConnection.OPTIONAL;
import static org.edcomply.core.model.DatasourceConnection.REQUIRED;
import static org.edcomply.core.model.DatasourceConnection.UNKNOWN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcomply.core.io.Suggestions;

/**
 * What a database URL (JDBC, R2DBC, MongoDB) and its driver properties mean for transport
 * encryption, driver by driver: which parameter decides, what the driver does when none is set,
 * and which parameter is misspelt and therefore silently ignored ({@code useSSl} for Connector/J's
 * case-sensitive {@code useSSL}, {@code sslMode} for pgjdbc's {@code sslmode}).
 */
public final class DatasourceTls {

    /** The outcome for one URL. */
    public record Result(String system, String tls, String detail) {
    }

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "::1", "[::1]");
    private static final Pattern DRIVER_PREFIX = Pattern.compile("^(jdbc|r2dbc):(pool:)?[a-z0-9]+:(loadbalance:|replication:|thin:@)?");
    private static final Pattern HOST = Pattern.compile("^[a-z0-9+:]*?//(?:[^@/?;]*@)?(\\[[^]]*]|[^:/?;,]*)");

    private DatasourceTls() {
    }

    /** True if the value is a URL this class understands. */
    public static boolean isDatabaseUrl(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.startsWith("jdbc:") || v.startsWith("r2dbc:") || v.startsWith("mongodb:") || v.startsWith("mongodb+srv:");
    }

    /**
     * @param url   the URL as configured
     * @param extra driver properties set beside the URL (e.g. Hikari's {@code data-source-properties})
     */
    public static Result analyse(String url, Map<String, String> extra) {
        String u = url.trim();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgres(u, params(u, "?", "&", extra), "postgresql", false);
        }
        if (lower.startsWith("r2dbc:postgresql:") || lower.startsWith("r2dbc:pool:postgresql:")) {
            return postgres(u, params(u, "?", "&", extra), "postgresql", true);
        }
        if (lower.startsWith("jdbc:mysql:") || lower.startsWith("r2dbc:mysql:")) {
            return mysql(u, params(u, "?", "&", extra));
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("r2dbc:mariadb:")) {
            return mariadb(u, params(u, "?", "&", extra));
        }
        if (lower.startsWith("jdbc:sqlserver:") || lower.startsWith("r2dbc:mssql:") || lower.startsWith("r2dbc:sqlserver:")) {
            return sqlserver(u, params(u, ";", ";", extra));
        }
        if (lower.startsWith("mongodb:") || lower.startsWith("mongodb+srv:")) {
            return mongo(u, params(u, "?", "&", extra));
        }
        if (lower.startsWith("jdbc:oracle:")) {
            return lower.contains("tcps") ? new Result("oracle", REQUIRED, "the connection uses the TCPS protocol")
                    : new Result("oracle", UNKNOWN, "Oracle's native network encryption is decided by the server's "
                            + "sqlnet.ora, not by the URL");
        }
        if (lower.startsWith("jdbc:db2:")) {
            // jdbc:db2://host:port/database:prop=value;prop=value;
            int slash = u.indexOf('/', u.indexOf("//") + 2);
            int colon = slash < 0 ? -1 : u.indexOf(':', slash);
            Map<String, String> p = params(colon < 0 ? "" : ";" + u.substring(colon + 1), ";", ";", extra);
            return "true".equalsIgnoreCase(lookup(p, "sslConnection", false)) ? new Result("db2", REQUIRED, "sslConnection=true")
                    : local(u, "db2").orElse(new Result("db2", DISABLED, "sslConnection is not true, so the DB2 driver connects without TLS"));
        }
        for (String embedded : List.of("h2", "hsqldb", "derby", "sqlite")) {
            if (lower.startsWith("jdbc:" + embedded + ":") || lower.startsWith("r2dbc:" + embedded + ":")) {
                return embedded(lower, embedded);
            }
        }
        String system = lower.replaceFirst("^(jdbc|r2dbc):", "").replaceFirst("[:/].*$", "");
        return new Result(system, UNKNOWN, "EdComply does not know how the " + system + " driver negotiates TLS");
    }

    private static Result postgres(String url, Map<String, String> p, String system, boolean r2dbc) {
        Optional<Result> local = local(url, system);
        // pgjdbc names its properties in lower case and matches them exactly; r2dbc-postgresql uses sslMode
        String modeKey = r2dbc ? "sslMode" : "sslmode";
        Set<String> decisive = r2dbc ? Set.of("sslMode", "ssl") : Set.of("sslmode", "ssl");
        String typo = typo(p, decisive, true);
        String mode = p.get(modeKey);
        String driverDefault = r2dbc ? "sslMode=DISABLE" : "sslmode=prefer, which falls back to an unencrypted connection";
        Result result;
        if (mode != null) {
            result = switch (mode.toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "disable" -> new Result(system, DISABLED, modeKey + "=" + mode + " turns TLS off");
                case "allow", "prefer" -> new Result(system, OPTIONAL, modeKey + "=" + mode
                        + " falls back to an unencrypted connection when the server does not insist on TLS");
                case "require", "verify-ca", "verify-full" -> new Result(system, REQUIRED, modeKey + "=" + mode);
                default -> new Result(system, UNKNOWN, modeKey + "=" + mode + " is not a value the driver accepts");
            };
        } else if (p.containsKey("ssl") && !r2dbc) {
            result = "true".equalsIgnoreCase(p.get("ssl")) || p.get("ssl").isEmpty()
                    ? new Result(system, REQUIRED, "ssl=true (sslmode=verify-full)")
                    : new Result(system, OPTIONAL, "ssl=" + p.get("ssl") + " leaves the driver default, " + driverDefault);
        } else if (p.containsKey("ssl") && r2dbc) {
            result = "true".equalsIgnoreCase(p.get("ssl")) ? new Result(system, REQUIRED, "ssl=true")
                    : new Result(system, DISABLED, "ssl=" + p.get("ssl") + " turns TLS off");
        } else {
            result = new Result(system, r2dbc ? DISABLED : OPTIONAL, "no " + modeKey + " parameter: the driver default is "
                    + driverDefault);
        }
        return finish(result, typo, local);
    }

    private static Result mysql(String url, Map<String, String> p) {
        Optional<Result> local = local(url, "mysql");
        String typo = typo(p, Set.of("sslMode", "useSSL", "requireSSL", "verifyServerCertificate"), true);
        String mode = p.get("sslMode");
        Result result;
        if (mode != null) {
            result = switch (mode.toUpperCase(Locale.ROOT)) {
                case "DISABLED" -> new Result("mysql", DISABLED, "sslMode=" + mode + " turns TLS off");
                case "PREFERRED" -> new Result("mysql", OPTIONAL, "sslMode=" + mode
                        + " falls back to an unencrypted connection when the server does not offer TLS");
                case "REQUIRED", "VERIFY_CA", "VERIFY_IDENTITY" -> new Result("mysql", REQUIRED, "sslMode=" + mode);
                default -> new Result("mysql", UNKNOWN, "sslMode=" + mode + " is not a value the driver accepts");
            };
        } else if ("false".equalsIgnoreCase(p.get("useSSL"))) {
            result = new Result("mysql", DISABLED, "useSSL=false turns TLS off");
        } else if ("true".equalsIgnoreCase(p.get("requireSSL")) || "true".equalsIgnoreCase(p.get("verifyServerCertificate"))) {
            result = new Result("mysql", REQUIRED, "requireSSL=true");
        } else if ("true".equalsIgnoreCase(p.get("useSSL"))) {
            result = new Result("mysql", OPTIONAL, "useSSL=true without requireSSL=true means sslMode=PREFERRED, which "
                    + "falls back to an unencrypted connection");
        } else {
            result = new Result("mysql", OPTIONAL, "no sslMode parameter: the driver default is PREFERRED, which falls "
                    + "back to an unencrypted connection");
        }
        return finish(result, typo, local);
    }

    private static Result mariadb(String url, Map<String, String> p) {
        Optional<Result> local = local(url, "mariadb");
        String typo = typo(p, Set.of("sslMode", "useSsl", "useSSL"), true);
        String mode = p.get("sslMode");
        Result result;
        if (mode != null) {
            result = switch (mode.toLowerCase(Locale.ROOT).replace('_', '-')) {
                case "disable" -> new Result("mariadb", DISABLED, "sslMode=" + mode + " turns TLS off");
                case "trust", "verify-ca", "verify-full" -> new Result("mariadb", REQUIRED, "sslMode=" + mode);
                default -> new Result("mariadb", UNKNOWN, "sslMode=" + mode + " is not a value the driver accepts");
            };
        } else if ("true".equalsIgnoreCase(p.getOrDefault("useSsl", p.get("useSSL")))) {
            result = new Result("mariadb", REQUIRED, "useSsl=true");
        } else {
            result = new Result("mariadb", DISABLED, "no sslMode parameter: MariaDB Connector/J connects without TLS by default");
        }
        return finish(result, typo, local);
    }

    private static Result sqlserver(String url, Map<String, String> p) {
        Optional<Result> local = local(url, "sqlserver");
        // mssql-jdbc matches property names without case
        String typo = typo(p, Set.of("encrypt"), false);
        String encrypt = lookup(p, "encrypt", false);
        Result result;
        if (encrypt == null) {
            result = new Result("sqlserver", REQUIRED, "no encrypt parameter: mssql-jdbc 10.2 and newer encrypt by default");
        } else {
            result = switch (encrypt.toLowerCase(Locale.ROOT)) {
                case "true", "mandatory", "strict", "yes" -> new Result("sqlserver", REQUIRED, "encrypt=" + encrypt);
                case "false", "optional", "no" -> new Result("sqlserver", DISABLED, "encrypt=" + encrypt
                        + " sends everything but the login unencrypted");
                default -> new Result("sqlserver", UNKNOWN, "encrypt=" + encrypt + " is not a value the driver accepts");
            };
        }
        return finish(result, typo, local);
    }

    private static Result mongo(String url, Map<String, String> p) {
        Optional<Result> local = local(url, "mongodb");
        String typo = typo(p, Set.of("tls", "ssl"), false);
        String tls = lookup(p, "tls", false);
        if (tls == null) {
            tls = lookup(p, "ssl", false);
        }
        boolean srv = url.toLowerCase(Locale.ROOT).startsWith("mongodb+srv:");
        Result result;
        if (tls != null) {
            result = "true".equalsIgnoreCase(tls) ? new Result("mongodb", REQUIRED, "tls=true")
                    : new Result("mongodb", DISABLED, "tls=" + tls + " turns TLS off");
        } else if (srv) {
            result = new Result("mongodb", REQUIRED, "mongodb+srv connections use TLS by default");
        } else {
            result = new Result("mongodb", DISABLED, "no tls parameter: mongodb:// connections are unencrypted by default");
        }
        return finish(result, typo, local);
    }

    private static Result embedded(String lower, String system) {
        String rest = lower.replaceFirst("^(jdbc|r2dbc):" + system + ":", "");
        boolean server = rest.startsWith("tcp:") || rest.startsWith("ssl:") || rest.startsWith("hsql:")
                || rest.startsWith("hsqls:") || rest.startsWith("http:") || rest.startsWith("https:") || rest.startsWith("//");
        if (!server) {
            return new Result(system, LOCAL, "an embedded " + system + " database inside the application");
        }
        Optional<Result> local = local(lower, system);
        if (local.isPresent()) {
            return local.get();
        }
        boolean tls = rest.startsWith("ssl:") || rest.startsWith("hsqls:") || rest.startsWith("https:")
                || rest.contains("ssl=basic") || rest.contains("ssl=peerauthentication");
        return tls ? new Result(system, REQUIRED, "the " + system + " server protocol with TLS")
                : new Result(system, DISABLED, "the " + system + " server protocol without TLS");
    }

    /** Applies a typo: the result stands, and the detail says which parameter was ignored. */
    private static Result finish(Result result, String typo, Optional<Result> local) {
        if (local.isPresent()) {
            return local.get();
        }
        if (typo == null) {
            return result;
        }
        return new Result(result.system(), result.tls(), typo + "; " + result.detail());
    }

    private static Optional<Result> local(String url, String system) {
        Matcher m = HOST.matcher(DRIVER_PREFIX.matcher(url.toLowerCase(Locale.ROOT)).replaceFirst(""));
        if (m.find() && LOCAL_HOSTS.contains(m.group(1))) {
            return Optional.of(new Result(system, LOCAL, "the database runs on this machine (" + m.group(1) + ")"));
        }
        return Optional.empty();
    }

    /**
     * A parameter that is not one the driver knows but close to one that decides TLS: the driver
     * ignores it, so the setting its author meant never takes effect.
     */
    private static String typo(Map<String, String> params, Set<String> decisive, boolean caseSensitive) {
        for (String name : params.keySet()) {
            boolean known = caseSensitive ? decisive.contains(name)
                    : decisive.stream().anyMatch(d -> d.equalsIgnoreCase(name));
            if (known || name.length() < 3) {
                continue;
            }
            Optional<String> meant = Suggestions.closest(name, decisive);
            if (meant.isPresent()) {
                return "'" + name + "' is not a parameter of the driver (did you mean '" + meant.get()
                        + "'?), so it is ignored";
            }
        }
        return null;
    }

    private static String lookup(Map<String, String> p, String key, boolean caseSensitive) {
        if (caseSensitive) {
            return p.get(key);
        }
        return p.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** The URL's parameters (after {@code start}, split by {@code separator}) plus the extra properties. */
    static Map<String, String> params(String url, String start, String separator, Map<String, String> extra) {
        Map<String, String> params = new LinkedHashMap<>();
        int from = ";".equals(start) ? url.indexOf(';') : url.indexOf(start, url.indexOf("//") < 0 ? 0 : url.indexOf("//") + 2);
        if (from >= 0) {
            for (String pair : url.substring(from + 1).split(Pattern.quote(separator))) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                params.put((eq < 0 ? pair : pair.substring(0, eq)).trim(), eq < 0 ? "" : pair.substring(eq + 1).trim());
            }
        }
        params.putAll(extra);
        return params;
    }
}
