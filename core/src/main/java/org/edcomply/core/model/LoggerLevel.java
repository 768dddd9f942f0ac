package org.edcomply.core.model;

import java.util.List;
import java.util.Locale;

/**
 * A logger's level as configured: Spring Boot's {@code logging.level.*}, a logback
 * {@code <logger>}/{@code <root>} or a Log4j 2 {@code <Logger>}/{@code <Root>}.
 *
 * @param logger the logger name, {@value #ROOT} for the root logger
 * @param level  the level as written, upper case: {@code TRACE}, {@code DEBUG}, ...
 */
public record LoggerLevel(Location location, String file, String profile, String logger, String level) {

    public static final String ROOT = "ROOT";

    private static final List<String> ORDER = List.of("ALL", "TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL", "OFF");

    /**
     * The first entry of {@code sensitive} this setting turns on, or {@code null}. An entry is
     * {@code logger=LEVEL}: that logger writes personal data at LEVEL and finer ({@code =TRACE} when
     * left out). A setting turns it on when it configures the logger or one of its ancestors
     * (the root logger is everyone's ancestor) at that level or finer.
     */
    public String firstEnabled(List<String> sensitive) {
        int mine = rank(level);
        if (mine < 0) {
            return null;
        }
        for (String entry : sensitive) {
            int eq = entry.indexOf('=');
            String name = (eq < 0 ? entry : entry.substring(0, eq)).trim();
            int threshold = rank(eq < 0 ? "TRACE" : entry.substring(eq + 1));
            if (mine <= threshold && isAncestorOrSelf(name)) {
                return name;
            }
        }
        return null;
    }

    public boolean enablesAny(List<String> sensitive) {
        return firstEnabled(sensitive) != null;
    }

    private boolean isAncestorOrSelf(String name) {
        return ROOT.equals(logger) || name.equals(logger) || name.startsWith(logger + ".");
    }

    static int rank(String level) {
        return level == null ? -1 : ORDER.indexOf(level.trim().toUpperCase(Locale.ROOT));
    }
}
