package org.edcomply.core.io;

import java.util.List;
import java.util.Map;
import org.edcomply.core.model.Location;

/**
 * One element of an XML file as {@link XmlReader} reads it: its local name (namespaces are not
 * needed to read configuration), attributes and text, each with its position.
 *
 * @param location     where the start tag begins
 * @param text         the element's own text, trimmed ({@code ""} when it has none)
 * @param textLocation where the text begins (the tag's end when there is no text)
 */
public record XmlElement(String name, Location location, Map<String, String> attributes,
                         Map<String, Location> attributeLocations, String text, Location textLocation,
                         List<XmlElement> children) {

    public XmlElement {
        attributes = Map.copyOf(attributes);
        attributeLocations = Map.copyOf(attributeLocations);
        children = List.copyOf(children);
    }

    /** The attribute's value, or {@code null}. */
    public String attribute(String name) {
        return attributes.get(name);
    }

    /** Where the attribute is written; the element's position when it is absent. */
    public Location attributeLocation(String name) {
        return attributeLocations.getOrDefault(name, location);
    }

    /** The first child with this local name, or {@code null}. */
    public XmlElement child(String name) {
        for (XmlElement c : children) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The children with this local name, in document order. */
    public List<XmlElement> children(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The text of the first child with this name, or {@code null}. */
    public String childText(String name) {
        XmlElement c = child(name);
        return c == null ? null : c.text;
    }
}
