package org.edcomply.core.scan.config;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.edcomply.core.model.HardcodedSecret;

/**
 * Recognises secrets in configuration and masks them where they are read, so that no fact, and
 * therefore no finding, log line or report, ever holds one. A value is a secret when its key names
 * one (password, client secret, API key, token ...) or when it has the shape of a well-known
 * credential (cloud access key, private key, a password inside a URL).
 */
public final class Secrets {

    /** What every masked value reads as; the length is not shown either. */
    public static final String MASK = "********";

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "pass", "passphrase",
            "secret", "token", "credential", "credentials", "apikey", "privatekey", "accesskey", "secretkey",
            "signingkey", "encryptionkey", "masterkey", "hmackey", "sharedsecret");
    private static final List<String> SECRET_ENDINGS = List.of("password", "passwd", "passphrase", "secret",
            "apikey", "token", "privatekey", "accesskey", "secretkey", "signingkey", "encryptionkey", "credentials");
    private static final Set<String> KEY_QUALIFIERS = Set.of("api", "encryption", "secret", "private", "signing",
            "hmac", "aes", "jwt", "master", "access");

    /** {@code ${...}}: group 1 is what is inside. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    /** Log4j 2 lookups: in {@code ${env:NAME}} the part after the colon is a name, not a fallback. */
    private static final Set<String> LOOKUPS = Set.of("env", "sys", "ctx", "main", "map", "sd", "spring", "web",
            "docker", "k8s", "jndi", "jvmrunargs", "log4j", "bundle", "date", "java", "lower", "upper", "marker", "event");

    /** Passwords that come with products or tutorials; anyone tries them first. */
    private static final Set<String> DEFAULT_PASSWORDS = Set.of("password", "passw0rd", "password1", "admin",
            "administrator", "changeme", "change_me", "changeit", "secret", "root", "toor", "123456", "12345678",
            "123456789", "qwerty", "letmein", "default", "test", "guest", "postgres", "mysql", "sa", "oracle",
            "welcome", "pass", "master", "manager", "tomcat", "user");

    private static final List<Pattern> TOKEN_SHAPES = List.of(
            Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"),              // AWS access key id
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),           // GitHub token
            Pattern.compile("\\bgithub_pat_[A-Za-z0-9_]{40,}\\b"),
            Pattern.compile("\\bxox[abprs]-[A-Za-z0-9-]{10,}"),             // Slack token
            Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"),                 // Google API key
            Pattern.compile("\\b[rs]k_live_[0-9A-Za-z]{16,}\\b"),           // Stripe live key
            Pattern.compile("\\bSG\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}")); // SendGrid key
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----");
    /** {@code scheme://user:password@host}: group 1 is the password. */
    private static final Pattern URL_USERINFO = Pattern.compile("(?<=://)[^:/@\\s]*:([^@/\\s]+)@");
    /** {@code ?password=x} or {@code ;password=x} in connection URLs: group 1 is the password. */
    private static final Pattern URL_PASSWORD_PARAM = Pattern.compile("(?i)[?&;](?:password|pwd)=([^&;\\s]+)");
    private static final Pattern KEY_SEPARATORS = Pattern.compile("[.\\[\\]/:]+");
    private static final Pattern JASYPT = Pattern.compile("(?s)ENC\\(.*\\)");
    private static final Pattern MAVEN_FILTER = Pattern.compile("@[\\w.-]+@");
    private static final Pattern TEMPLATE = Pattern.compile("<[^<>]+>");
    private static final Pattern SECRET_MANAGER = Pattern.compile(
            "(?i)(vault|aws-secretsmanager|aws-parameterstore|sm|secret|env|file|configtree):.*");

    private Secrets() {
    }

    /** True if the key (a dotted key, a property or element name) names a secret. */
    public static boolean isSecretKey(String key) {
        if (key == null || key.isBlank()) {
            return false;
        }
        String[] segments = KEY_SEPARATORS.split(key.toLowerCase(Locale.ROOT));
        if (segments.length == 0) {
            return false; // only separators, e.g. a properties key "." (found by fuzzing)
        }
        String lastSegment = normalise(segments[segments.length - 1]);
        String last = lastSegment.isEmpty() && segments.length > 1 ? normalise(segments[segments.length - 2]) : lastSegment;
        if (SECRET_WORDS.contains(last)) {
            return true;
        }
        for (String ending : SECRET_ENDINGS) {
            if (last.endsWith(ending)) {
                return true;
            }
        }
        if (last.equals("key") && segments.length > 1) {
            return KEY_QUALIFIERS.contains(normalise(segments[segments.length - 2]));
        }
        return last.endsWith("key") && KEY_QUALIFIERS.stream().anyMatch(q -> last.equals(q + "key"));
    }

    /**
     * True if the value is not written in the file but injected at run time: a {@code ${...}}
     * placeholder, Spring Cloud Config's {@code {cipher}}, Jasypt's {@code ENC(...)}, a Maven
     * filter token {@code @...@}, or a secret-manager reference.
     */
    public static boolean isExternalised(String value) {
        String v = value.trim();
        return v.contains("${") || v.startsWith("{cipher}") || JASYPT.matcher(v).matches()
                || MAVEN_FILTER.matcher(v).matches() || TEMPLATE.matcher(v).matches() || SECRET_MANAGER.matcher(v).matches();
    }

    /** The kind of secret the key and value hold, if the value is written in the file. */
    public static Optional<String> find(String key, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (isExternalised(value)) {
            // ${DB_PASSWORD:changeme} still ships "changeme", used whenever the variable is missing
            int[] fallback = fallback(value);
            if (fallback == null || !isSecretKey(key)) {
                return Optional.empty();
            }
            String used = value.substring(fallback[0], fallback[1]);
            return isExternalised(used) ? Optional.empty() : find(key, used);
        }
        String v = value.trim();
        if (PRIVATE_KEY.matcher(v).find()) {
            return Optional.of(HardcodedSecret.PRIVATE_KEY);
        }
        for (Pattern shape : TOKEN_SHAPES) {
            if (shape.matcher(v).find()) {
                return Optional.of(HardcodedSecret.TOKEN);
            }
        }
        if (isSecretKey(key)) {
            if (DEFAULT_PASSWORDS.contains(v.toLowerCase(Locale.ROOT))) {
                return Optional.of(HardcodedSecret.DEFAULT_PASSWORD);
            }
            String[] segments = KEY_SEPARATORS.split(key.toLowerCase(Locale.ROOT));
            String last = normalise(segments.length == 0 ? "" : segments[segments.length - 1]);
            return Optional.of(last.contains("token") || last.contains("apikey") || last.contains("accesskey")
                    ? HardcodedSecret.TOKEN : HardcodedSecret.PASSWORD);
        }
        if (urlPassword(v).isPresent()) {
            return Optional.of(HardcodedSecret.URL_CREDENTIALS);
        }
        return Optional.empty();
    }

    /**
     * The value as facts may hold it: masked entirely when its key names a secret or it has the shape
     * of one; otherwise with any password inside a URL masked.
     */
    public static String safeValue(String key, String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        if (isExternalised(value)) {
            int[] fallback = fallback(value);
            return fallback == null || !isSecretKey(key) || isExternalised(value.substring(fallback[0], fallback[1])) ? value
                    : value.substring(0, fallback[0]) + MASK + value.substring(fallback[1]);
        }
        if (isSecretKey(key) || PRIVATE_KEY.matcher(value).find()
                || TOKEN_SHAPES.stream().anyMatch(p -> p.matcher(value).find())) {
            return MASK;
        }
        return maskUrlPasswords(value);
    }

    /** Replaces passwords inside URLs ({@code user:pw@host}, {@code password=pw}) by the mask. */
    public static String maskUrlPasswords(String value) {
        String masked = replaceGroup(URL_USERINFO, value);
        return replaceGroup(URL_PASSWORD_PARAM, masked);
    }

    /** Replaces every credential of a well-known shape (cloud keys, API tokens) in a text by the mask. */
    public static String maskTokens(String text) {
        String masked = text;
        for (Pattern shape : TOKEN_SHAPES) {
            masked = shape.matcher(masked).replaceAll(MASK);
        }
        return masked;
    }

    /**
     * Where the fallback of the first placeholder is, or null: {@code ${NAME:fallback}} (Spring),
     * {@code ${NAME:-fallback}} and {@code ${env:NAME:-fallback}} (logback, Log4j 2).
     */
    private static int[] fallback(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        if (!m.find()) {
            return null;
        }
        String inner = m.group(1);
        int dash = inner.indexOf(":-");
        if (dash >= 0) {
            return new int[] {m.start(1) + dash + 2, m.end(1)};
        }
        int colon = inner.indexOf(':');
        if (colon > 0 && !LOOKUPS.contains(inner.substring(0, colon).toLowerCase(Locale.ROOT)) && colon + 1 < inner.length()) {
            return new int[] {m.start(1) + colon + 1, m.end(1)};
        }
        return null;
    }

    private static Optional<String> urlPassword(String value) {
        for (Pattern p : List.of(URL_USERINFO, URL_PASSWORD_PARAM)) {
            Matcher m = p.matcher(value);
            while (m.find()) {
                if (!isExternalised(m.group(1))) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }

    private static String replaceGroup(Pattern pattern, String value) {
        Matcher m = pattern.matcher(value);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (isExternalised(m.group(1))) {
                continue;
            }
            out.append(value, last, m.start(1)).append(MASK);
            last = m.end(1);
        }
        return out.append(value.substring(last)).toString();
    }

    private static String normalise(String segment) {
        return segment.replace("-", "").replace("_", "");
    }
}
