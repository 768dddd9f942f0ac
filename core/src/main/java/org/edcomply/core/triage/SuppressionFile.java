package org.edcomply.core.triage;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.io.YamlReader;

/**
 * Reads {@code edcomply-suppressions.yaml}. A malformed file is the user's configuration error and
 * stops the build with file:line:column, like the manifest: a suppression that silently fails to
 * load would turn into findings nobody expects, or worse, the other way round.
 */
public final class SuppressionFile {

    public static final String FILE_NAME = "edcomply-suppressions.yaml";
    static final SchemaCheck SCHEMA = SchemaCheck.fromClasspath("/org/edcomply/core/suppressions.schema.json");

    private SuppressionFile() {
    }

    /** The entries of {@code file}, or none when it does not exist. */
    public static List<Suppression> readIfPresent(Path file, Path projectRoot) {
        return Files.isRegularFile(file) ? read(file, projectRoot) : List.of();
    }

    /**
     * @param projectRoot the module root; globs are matched against paths relative to the file's
     *                    folder, so one file at the top of a multi-module project works for every module
     */
    public static List<Suppression> read(Path file, Path projectRoot) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = projectRoot.toAbsolutePath().normalize();
        String display = root.relativize(absolute).toString().replace('\\', '/');
        String prefix = absolute.getParent().relativize(root).toString().replace('\\', '/');
        YamlDocument doc = YamlReader.readSingle(InputLimits.readText(file, display), display);
        InputErrors.throwIfAny(SCHEMA.validate(doc));
        List<Suppression> out = new ArrayList<>();
        List<InputException> errors = new ArrayList<>();
        JsonNode entries = doc.root().path("suppressions");
        for (int i = 0; i < entries.size(); i++) {
            String at = "/suppressions/" + i;
            JsonNode e = entries.get(i);
            LocalDate until = null;
            if (e.has("until")) {
                try {
                    until = LocalDate.parse(e.get("until").asText());
                } catch (DateTimeParseException bad) {
                    errors.add(new InputException(doc.valueLocation(at + "/until"),
                            "'" + e.get("until").asText() + "' is not a date; expected yyyy-MM-dd"));
                    continue;
                }
            }
            List<String> requirements = new ArrayList<>();
            JsonNode r = e.path("requirement");
            if (r.isArray()) {
                r.forEach(id -> requirements.add(id.asText()));
            } else if (r.isTextual()) {
                requirements.add(r.asText());
            }
            String path = e.hasNonNull("path") ? e.get("path").asText() : null;
            String fingerprint = e.hasNonNull("fingerprint") ? e.get("fingerprint").asText() : null;
            String target = path != null ? path : "fingerprint " + fingerprint;
            out.add(new Suppression(Suppression.Source.FILE, doc.keyLocation(at), requirements, path, fingerprint,
                    prefix, null, 0, 0, target, e.get("reason").asText().strip(), e.path("approver").asText(""),
                    until));
        }
        InputErrors.throwIfAny(errors);
        return out;
    }
}
