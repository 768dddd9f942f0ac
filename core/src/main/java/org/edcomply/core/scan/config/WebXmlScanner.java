package org.edcomply.core.scan.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.XmlElement;
import org.edcomply.core.model.ConfigFile;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.SessionCookieSetting;

/**
 * A Servlet deployment descriptor ({@code WEB-INF/web.xml}, {@code web-fragment.xml}): every setting
 * with its line (session config, security constraints, context and init parameters, with secrets
 * masked), and the session cookie's {@code <cookie-config>} ({@code secure}, {@code http-only},
 * and Servlet 6's {@code <attribute>} for {@code SameSite}) and {@code <tracking-mode>} as
 * {@link SessionCookieSetting} facts.
 */
public final class WebXmlScanner {

    private WebXmlScanner() {
    }

    public static boolean accepts(Path file) {
        String name = file.getFileName().toString();
        return name.equals("web.xml") || name.equals("web-fragment.xml");
    }

    public static List<Object> scan(Path file, String display) {
        XmlElement root;
        try {
            root = XmlConfig.read(file, display, "a Servlet deployment descriptor", "web-app", "web-fragment");
        } catch (InputException e) {
            return XmlConfig.problem(e);
        }
        List<Object> facts = new ArrayList<>();
        facts.add(new ConfigFile(new Location(display, 1, 0), ConfigFile.WEB_XML, ""));
        facts.addAll(SettingFacts.of(display, "", XmlSettings.of(root)));
        for (XmlElement session : root.children("session-config")) {
            XmlElement cookie = session.child("cookie-config");
            if (cookie != null) {
                for (String attribute : List.of(SessionCookieSetting.SECURE, SessionCookieSetting.HTTP_ONLY)) {
                    XmlElement e = cookie.child(attribute);
                    if (e != null) {
                        facts.add(cookieSetting(display, attribute, "session-config.cookie-config." + attribute, e));
                    }
                }
                for (XmlElement a : cookie.children("attribute")) {
                    String name = a.childText("attribute-name");
                    XmlElement value = a.child("attribute-value");
                    if (name != null && value != null && name.trim().toLowerCase(Locale.ROOT).equals("samesite")) {
                        facts.add(cookieSetting(display, SessionCookieSetting.SAME_SITE,
                                "session-config.cookie-config.attribute[SameSite]", value));
                    }
                }
            }
            for (XmlElement mode : session.children("tracking-mode")) {
                facts.add(cookieSetting(display, SessionCookieSetting.TRACKING_MODE, "session-config.tracking-mode", mode));
            }
        }
        return facts;
    }

    private static SessionCookieSetting cookieSetting(String display, String attribute, String key, XmlElement e) {
        return new SessionCookieSetting(e.textLocation(), display, "", attribute, key, e.text());
    }
}
