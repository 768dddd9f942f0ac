package org.edcomply.core.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.model.AccessibilityTarget;
import org.edcomply.core.model.Location;

/** The manifest's {@code accessibility} section: the WCAG target and the conformance statement. */
final class AccessibilitySection {

    private AccessibilitySection() {
    }

    /** From a manifest the schema has accepted; undeclared keys give {@code null}s. */
    static AccessibilityTarget read(YamlDocument doc, Path projectRoot) {
        JsonNode section = doc.root().path("accessibility");
        JsonNode target = section.path("target");
        JsonNode statement = section.path("statement");
        Location targetAt = !target.isMissingNode() ? doc.valueLocation("/accessibility/target")
                : !section.isMissingNode() ? doc.keyLocation("/accessibility") : new Location(ManifestReader.FILE_NAME, 1, 1);
        Location statementAt = !statement.isMissingNode() ? doc.valueLocation("/accessibility/statement") : targetAt;
        String where = statement.isMissingNode() ? null : statement.asText();
        return new AccessibilityTarget(targetAt, target.isMissingNode() ? null : target.asText(), where, statementAt,
                where != null && (where.startsWith("https://") || where.startsWith("http://") || exists(projectRoot, where)));
    }

    private static boolean exists(Path projectRoot, String path) {
        try {
            return Files.isRegularFile(projectRoot.resolve(path).normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** For a project without a manifest: the laws' own levels apply. */
    static AccessibilityTarget undeclared() {
        return AccessibilityTarget.undeclared(Location.ofFile(ManifestReader.FILE_NAME));
    }
}
