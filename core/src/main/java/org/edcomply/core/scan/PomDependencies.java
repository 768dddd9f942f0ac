package org.edcomply.core.scan;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.Location;

/**
 * The dependencies a {@code pom.xml} declares directly ({@code project/dependencies/dependency}),
 * each with the line it is written on. Used for the line of a finding, and as the dependency list
 * when EdComply runs outside Maven. No DTDs, no external entities.
 */
final class PomDependencies {

    /** One declared dependency; {@code version} may be empty or a property reference. */
    record Declared(Location location, String groupId, String artifactId, String version) {
    }

    private PomDependencies() {
    }

    static List<Declared> read(String text, String display) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<Declared> found = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        String group = null;
        String artifact = null;
        String version = null;
        int line = 0;
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new StringReader(text));
            StringBuilder chars = new StringBuilder();
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    path.addLast(xml.getLocalName());
                    chars.setLength(0);
                    if (isDependency(path)) {
                        group = null;
                        artifact = null;
                        version = "";
                        line = xml.getLocation().getLineNumber();
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    chars.append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    if (isDependency(path)) {
                        if (group != null && artifact != null) {
                            found.add(new Declared(new Location(display, line, 0), group, artifact, version));
                        }
                    } else if (path.size() == 4 && isDependency(parent(path))) {
                        String value = chars.toString().trim();
                        switch (xml.getLocalName()) {
                            case "groupId" -> group = value;
                            case "artifactId" -> artifact = value;
                            case "version" -> version = value;
                            default -> { }
                        }
                    }
                    path.removeLast();
                    chars.setLength(0);
                }
            }
        } catch (XMLStreamException e) {
            int at = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new InputException(new Location(display, Math.max(at, 0), 0), "not well-formed XML: "
                    + e.getMessage().replaceAll("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message: ", "").trim());
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release beyond the reader
                }
            }
        }
        return found;
    }

    private static boolean isDependency(Deque<String> path) {
        if (path.size() != 3) {
            return false;
        }
        String[] p = path.toArray(new String[0]);
        return p[0].equals("project") && p[1].equals("dependencies") && p[2].equals("dependency");
    }

    private static Deque<String> parent(Deque<String> path) {
        Deque<String> copy = new ArrayDeque<>(path);
        copy.removeLast();
        return copy;
    }
}
