package org.edcomply.core.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Audience;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.ParentalConsent;

/**
 * Reads {@code edcomply.yaml} at the module root. A malformed manifest is the user's
 * configuration error and stops the run with file:line:column; a missing one is a finding that
 * says how to create it.
 */
public final class ManifestReader {

    public static final String FILE_NAME = "edcomply.yaml";
    static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath("/org/edcomply/core/manifest.schema.json");

    private ManifestReader() {
    }

    public static Manifest read(Path projectRoot) {
        Path file = projectRoot.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return new Manifest(false, Map.of(), List.of(new AnalysisProblem(Location.ofFile(FILE_NAME),
                    AnalysisProblem.NO_MANIFEST, "there is no " + FILE_NAME + " at the module root"),
                    AccessibilitySection.undeclared()));
        }
        YamlDocument doc = YamlReader.readSingle(InputLimits.readText(file, FILE_NAME), FILE_NAME);
        InputErrors.throwIfAny(SCHEMA.validate(doc));
        JsonNode root = doc.root();

        Map<String, Location> jurisdictions = new LinkedHashMap<>();
        JsonNode list = root.path("jurisdictions");
        for (int i = 0; i < list.size(); i++) {
            jurisdictions.put(list.get(i).asText(), doc.valueLocation("/jurisdictions/" + i));
        }

        List<Object> facts = new ArrayList<>();
        JsonNode minAge = root.path("audience").path("minAge");
        facts.add(new Audience(minAge.isMissingNode() ? doc.keyLocation("/audience") : doc.valueLocation("/audience/minAge"),
                minAge.isInt() ? minAge.intValue() : null));
        JsonNode parental = root.path("consent").path("parental");
        if (!parental.isMissingNode()) {
            facts.add(new ParentalConsent(doc.valueLocation("/consent/parental"), parental.asText()));
        }
        facts.add(AccessibilitySection.read(doc, projectRoot));
        return new Manifest(true, jurisdictions, facts);
    }
}
