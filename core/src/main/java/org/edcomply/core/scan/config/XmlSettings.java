package org.edcomply.core.scan.config;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.edcomply.core.io.XmlElement;
import org.edcomply.core.model.Location;

/**
 * Reads settings out of configuration XML: leaf elements as {@code parent.child} keys (a repeated
 * element gets an index, {@code servlet[1].servlet-name}), attributes as {@code element@attribute},
 * and name/value pairs ({@code <property name= value=>}, {@code <param-name>/<param-value>}) under
 * their own name, so that secrets are found wherever a file keeps them.
 */
public final class XmlSettings {

    private static final Set<String> PAIR_ELEMENTS = Set.of("property", "param", "context-param", "init-param",
            "env-entry");

    private XmlSettings() {
    }

    /**
     * Every setting below {@code root} with the profile each applies to.
     *
     * @param profileOf the profile an element opens for its content (e.g. {@code <springProfile name=>}),
     *                  or {@code null} when it opens none
     */
    public static Map<String, List<Setting>> byProfile(XmlElement root, BiFunction<XmlElement, String, String> profileOf) {
        Map<String, List<Setting>> out = new java.util.LinkedHashMap<>();
        walk(root, "", "", profileOf, out);
        return out;
    }

    /** All settings below {@code root}, in the default profile. */
    public static List<Setting> of(XmlElement root) {
        return byProfile(root, (e, p) -> null).getOrDefault("", List.of());
    }

    private static void walk(XmlElement element, String path, String profile,
                             BiFunction<XmlElement, String, String> profileOf, Map<String, List<Setting>> out) {
        List<Setting> settings = out.computeIfAbsent(profile, p -> new ArrayList<>());
        String lower = element.name().toLowerCase(java.util.Locale.ROOT);
        boolean pair = false;
        if (PAIR_ELEMENTS.contains(lower)) {
            String name = element.attribute("name");
            if (name == null) {
                name = firstText(element, "param-name", "env-entry-name", "name");
            }
            if (name != null) {
                String value = element.attribute("value");
                Location at = element.attributeLocation("value");
                XmlElement valueElement = firstChild(element, "param-value", "env-entry-value", "value");
                if (value == null && valueElement != null) {
                    value = valueElement.text();
                    at = valueElement.textLocation();
                }
                if (value == null && element.children().isEmpty()) {
                    value = element.text();
                    at = element.textLocation();
                }
                if (value != null) {
                    settings.add(new Setting(at, name, value));
                    pair = true;
                }
            }
        }
        if (!pair) {
            element.attributes().forEach((name, value) -> settings.add(new Setting(element.attributeLocation(name),
                    (path.isEmpty() ? element.name() : path) + "@" + name, value)));
            if (element.children().isEmpty() && !element.text().isEmpty() && !path.isEmpty()) {
                settings.add(new Setting(element.textLocation(), path, element.text()));
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        element.children().forEach(c -> counts.merge(c.name(), 1, Integer::sum));
        Map<String, Integer> seen = new HashMap<>();
        for (XmlElement child : element.children()) {
            int index = seen.merge(child.name(), 1, Integer::sum) - 1;
            String step = counts.get(child.name()) > 1 ? child.name() + "[" + index + "]" : child.name();
            String childPath = path.isEmpty() ? step : path + "." + step;
            String opened = profileOf.apply(child, profile);
            if (opened != null) {
                walk(child, path, opened, profileOf, out);
            } else if (!pair) {
                walk(child, childPath, profile, profileOf, out);
            }
        }
    }

    private static String firstText(XmlElement e, String... names) {
        XmlElement c = firstChild(e, names);
        return c == null ? null : c.text();
    }

    private static XmlElement firstChild(XmlElement e, String... names) {
        for (String n : names) {
            XmlElement c = e.child(n);
            if (c != null) {
                return c;
            }
        }
        return null;
    }
}
