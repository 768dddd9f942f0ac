package org.edcomply.core.scan.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.XmlElement;
import org.edcomply.core.model.ConfigFile;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.LoggerLevel;

/**
 * Logback ({@code logback.xml}, {@code logback-spring.xml}) and Log4j 2 ({@code log4j2.xml},
 * {@code log4j2-spring.xml}) configuration: every logger's level as a {@link LoggerLevel} at its
 * line, inside {@code <springProfile>} / {@code <SpringProfile>} blocks with that profile; and any
 * secret an appender keeps (a database or SMTP password), masked.
 */
public final class LoggingXmlScanner {

    private static final Pattern LOGBACK = Pattern.compile("logback(-[A-Za-z0-9_.-]+)?\\.xml");
    private static final Pattern LOG4J2 = Pattern.compile("log4j2(-[A-Za-z0-9_.-]+)?\\.xml");

    private LoggingXmlScanner() {
    }

    public static boolean accepts(Path file) {
        String name = file.getFileName().toString();
        return LOGBACK.matcher(name).matches() || LOG4J2.matcher(name).matches();
    }

    public static List<Object> scan(Path file, String display) {
        boolean logback = LOGBACK.matcher(file.getFileName().toString()).matches();
        String kind = logback ? ConfigFile.LOGBACK : ConfigFile.LOG4J2;
        XmlElement root;
        try {
            root = XmlConfig.read(file, display, logback ? "a logback configuration" : "a Log4j 2 configuration",
                    "configuration");
        } catch (InputException e) {
            return XmlConfig.problem(e);
        }
        List<Object> facts = new ArrayList<>();
        facts.add(new ConfigFile(new Location(display, 1, 0), kind, ""));
        Map<String, List<Setting>> settings = XmlSettings.byProfile(root, LoggingXmlScanner::profileOf);
        settings.forEach((profile, list) -> list.forEach(s -> facts.addAll(SettingFacts.secret(display, profile, s))));
        levels(root, "", display, facts);
        return facts;
    }

    /** {@code <springProfile name="prod">} opens profile {@code prod} for what it holds. */
    private static String profileOf(XmlElement e, String current) {
        if (!e.name().equalsIgnoreCase("springProfile")) {
            return null;
        }
        String name = e.attribute("name");
        return name == null ? current : name.replaceAll("\\s*[,|]\\s*", ",").trim();
    }

    private static void levels(XmlElement element, String profile, String display, List<Object> facts) {
        for (XmlElement child : element.children()) {
            String name = child.name().toLowerCase(Locale.ROOT);
            String opened = profileOf(child, profile);
            if (opened != null) {
                levels(child, opened, display, facts);
                continue;
            }
            switch (name) {
                case "logger", "asynclogger" -> level(child, child.attribute("name"), profile, display, facts);
                case "root", "asyncroot" -> level(child, LoggerLevel.ROOT, profile, display, facts);
                case "loggers" -> levels(child, profile, display, facts);
                default -> {
                    // appenders, encoders and the like hold no logger levels
                }
            }
        }
    }

    private static void level(XmlElement logger, String name, String profile, String display, List<Object> facts) {
        if (name == null) {
            return;
        }
        String level = logger.attribute("level");
        Location at = logger.attributeLocation("level");
        XmlElement levelElement = logger.child("level");
        if (level == null && levelElement != null) {
            // logback's older form: <logger name="x"><level value="TRACE"/></logger>
            level = levelElement.attribute("value");
            at = levelElement.attributeLocation("value");
        }
        if (level != null && !level.contains("${")) {
            facts.add(new LoggerLevel(at, display, profile, name, level.trim().toUpperCase(Locale.ROOT)));
        }
    }
}
