package org.edcomply.core.scan.config;

import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.io.XmlElement;
import org.edcomply.core.io.XmlReader;
import org.edcomply.core.model.AnalysisProblem;

/** Reading a configuration XML file for a scanner: size-capped, hardened, and checked for its root element. */
final class XmlConfig {

    private XmlConfig() {
    }

    /**
     * @param roots the root element names the file may have, e.g. {@code web-app}
     * @throws InputException when the file cannot be read, is not XML, or has another root
     */
    static XmlElement read(Path file, String display, String what, String... roots) {
        XmlElement root = XmlReader.read(InputLimits.readText(file, display), display);
        for (String r : roots) {
            if (r.equalsIgnoreCase(root.name())) {
                return root;
            }
        }
        throw new InputException(root.location(), "expected " + what + " with root element <" + String.join("> or <", roots)
                + ">, found <" + root.name() + ">");
    }

    static List<Object> problem(InputException e) {
        return List.of(e.asFact("configuration could not be read: "));
    }
}
