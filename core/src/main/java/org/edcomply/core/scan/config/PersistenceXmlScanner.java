package org.edcomply.core.scan.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.XmlElement;
import org.edcomply.core.model.ConfigFile;
import org.edcomply.core.model.Location;

/**
 * JPA's {@code META-INF/persistence.xml}: each persistence unit's {@code <property>} as a setting
 * (secrets masked), and its JDBC URL as a database connection.
 */
public final class PersistenceXmlScanner {

    private static final Set<String> URL_PROPERTIES = Set.of("jakarta.persistence.jdbc.url", "javax.persistence.jdbc.url",
            "hibernate.connection.url");

    private PersistenceXmlScanner() {
    }

    public static boolean accepts(Path file) {
        return file.getFileName().toString().equals("persistence.xml");
    }

    public static List<Object> scan(Path file, String display) {
        XmlElement root;
        try {
            root = XmlConfig.read(file, display, "a JPA persistence descriptor", "persistence");
        } catch (InputException e) {
            return XmlConfig.problem(e);
        }
        List<Object> facts = new ArrayList<>();
        facts.add(new ConfigFile(new Location(display, 1, 0), ConfigFile.PERSISTENCE_XML, ""));
        List<Setting> settings = XmlSettings.of(root);
        facts.addAll(SettingFacts.of(display, "", settings));
        for (XmlElement unit : root.children("persistence-unit")) {
            XmlElement properties = unit.child("properties");
            if (properties == null) {
                continue;
            }
            Map<String, String> driverProperties = new LinkedHashMap<>();
            for (XmlElement p : properties.children("property")) {
                String name = p.attribute("name");
                if (name != null && name.startsWith("hibernate.connection.") && !URL_PROPERTIES.contains(name)) {
                    driverProperties.put(name.substring("hibernate.connection.".length()), p.attribute("value"));
                }
            }
            for (XmlElement p : properties.children("property")) {
                String name = p.attribute("name");
                String value = p.attribute("value");
                if (name != null && value != null && URL_PROPERTIES.contains(name) && DatasourceTls.isDatabaseUrl(value)) {
                    facts.add(SpringSettings.connection(display, "", new Setting(p.attributeLocation("value"), name, value),
                            driverProperties));
                }
            }
        }
        return facts;
    }
}
