package org.edcomply.core.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.SchemaCheck;
import org.edcomply.core.io.SchemaWalk;
import org.edcomply.core.io.Suggestions;
import org.edcomply.core.io.YamlDocument;
import org.edcomply.core.model.Regions;

/**
 * What the schema cannot say about a manifest: that every file it refers to (a DPIA, a runbook, a
 * policy) exists inside the project, and that every region is a real ISO 3166 code. Values are
 * found by walking the schema ({@code $defs/reference}, {@code $defs/region}), so a key added to the
 * schema is checked without touching this class.
 */
final class ManifestChecks {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private ManifestChecks() {
    }

    static List<InputException> references(SchemaCheck schema, YamlDocument doc, Path projectRoot) {
        List<InputException> errors = new ArrayList<>();
        SchemaWalk.find(schema.json(), doc.root(), "reference", (pointer, value) -> {
            if (!value.isTextual()) {
                return; // the schema check reports it
            }
            String problem = referenceProblem(value.asText(), projectRoot);
            if (problem != null) {
                errors.add(new InputException(doc.valueLocation(pointer), dotted(pointer) + " refers to '"
                        + value.asText() + "', " + problem));
            }
        });
        return errors;
    }

    static List<InputException> regions(SchemaCheck schema, YamlDocument doc) {
        List<InputException> errors = new ArrayList<>();
        SchemaWalk.find(schema.json(), doc.root(), "region", (pointer, value) -> {
            if (!value.isTextual()) {
                return;
            }
            String region = value.asText();
            String country = Regions.country(region);
            if (!Regions.isGroup(region) && !COUNTRIES.contains(country)) {
                // two-letter codes are all close to each other: only the classic mistake gets a hint
                String hint = country.equals("UK") ? "; did you mean 'GB'?"
                        : " (write a country such as US, GB or DE, a subdivision such as US-NY or CA-QC, or EU / EEA).";
                errors.add(new InputException(doc.valueLocation(pointer), "'" + region + "' in " + dotted(pointer)
                        + " is not an ISO 3166 country code" + hint));
            }
        });
        return errors;
    }

    /** Why a reference is not acceptable, or null when it is. */
    private static String referenceProblem(String reference, Path projectRoot) {
        if (reference.startsWith("https://")) {
            return null;
        }
        if (reference.matches("(?i)^[a-z][a-z0-9+.-]*://.*")) {
            return "which is neither a file in the project nor an https:// URL";
        }
        if (reference.startsWith("/") || reference.startsWith("\\") || reference.matches("(?i)^[a-z]:.*")) {
            return "an absolute path; write it relative to the project root";
        }
        Path root = projectRoot.toAbsolutePath().normalize();
        Path target = root.resolve(reference).normalize();
        if (!target.startsWith(root)) {
            return "which points outside the project";
        }
        if (!Files.exists(target)) {
            return "which does not exist in the project" + similar(target);
        }
        try {
            if (!target.toRealPath().startsWith(root.toRealPath())) {
                return "which is a link that leads outside the project";
            }
        } catch (IOException e) {
            return "which cannot be read: " + e.getClass().getSimpleName();
        }
        if (!Files.isRegularFile(target)) {
            return "which is a folder; expected a file";
        }
        return null;
    }

    /** "; did you mean 'docs/DPIA.md'?" when a file of a close name sits in the same folder. */
    private static String similar(Path missing) {
        Path dir = missing.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return ".";
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
            return Suggestions.closest(missing.getFileName().toString(), names)
                    .map(n -> "; did you mean '" + n + "' in the same folder?").orElse(".");
        } catch (IOException e) {
            return ".";
        }
    }

    /** {@code /breach/runbook} → {@code breach.runbook}; {@code /processors/0/dpa} → {@code processors[0].dpa}. */
    static String dotted(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String step : pointer.substring(1).split("/")) {
            step = step.replace("#key", "");
            if (step.matches("\\d+")) {
                sb.append('[').append(step).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(step.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }
}
