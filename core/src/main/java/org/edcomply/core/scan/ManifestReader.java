package org.edcomply.core.scan;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Location;

/**
 * Reads {@code edcomply.yaml} at the module root. A malformed manifest is the user's configuration
 * error and stops the run with every problem at its file:line:column: its shape (the published JSON
 * Schema, with "did you mean" for unknown keys), files it refers to that are not in the project, and
 * region codes that do not exist. A missing manifest is a finding that says how to create it.
 */
public final class ManifestReader {

    public static final String FILE_NAME = "edcomply.yaml";
    /** The schema in the jar; {@code docs/schema/edcomply-manifest.schema.json} is the same file for editors. */
    public static final String SCHEMA_RESOURCE = "/org/edcomply/core/manifest.schema.json";
    static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath(SCHEMA_RESOURCE);

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
        List<InputException> errors = new ArrayList<>(SCHEMA.validate(doc));
        errors.addAll(ManifestChecks.references(SCHEMA, doc, projectRoot));
        errors.addAll(ManifestChecks.regions(SCHEMA, doc));
        errors.sort((a, b) -> a.location().compareTo(b.location()));
        InputErrors.throwIfAny(errors);
        JsonNode root = doc.root();

        Map<String, Location> jurisdictions = new LinkedHashMap<>();
        JsonNode list = root.path("jurisdictions");
        for (int i = 0; i < list.size(); i++) {
            jurisdictions.put(list.get(i).asText(), doc.valueLocation("/jurisdictions/" + i));
        }
        List<String> sections = new ArrayList<>();
        SCHEMA.json().path("properties").fieldNames().forEachRemaining(sections::add);
        List<Object> facts = new ArrayList<>(ManifestFacts.of(doc, sections));
        facts.add(AccessibilitySection.read(doc, projectRoot));
        return new Manifest(true, jurisdictions, facts);
    }
}
