package org.edcomply.core.triage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.edcomply.core.EdComply;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.Location;
import org.edcomply.core.report.AtomicFiles;

/**
 * The findings a team has accepted as known, by content fingerprint ({@code edcomply-baseline.json},
 * written by {@code mvn edcomply:baseline}). With a baseline only new findings fail the build;
 * entries that no longer match are reported as fixed, never as errors.
 */
public record Baseline(String file, List<BaselineEntry> entries) {

    public static final String FILE_NAME = "edcomply-baseline.json";
    public static final String FORMAT_VERSION = "1.0";

    private static final Comparator<BaselineEntry> ORDER = Comparator.comparing(BaselineEntry::file)
            .thenComparing(BaselineEntry::requirement)
            .thenComparing(BaselineEntry::subject)
            .thenComparing(BaselineEntry::fingerprint);

    public Baseline {
        entries = entries.stream().sorted(ORDER).toList();
    }

    /**
     * Reads a baseline file.
     *
     * @param display how the file is named in messages
     * @throws InputException with file:line:column when it is not a baseline file
     */
    public static Baseline read(Path path, String display) {
        String text = InputLimits.readText(path, display);
        JsonNode root;
        try {
            root = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build().readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new InputException(at == null ? Location.ofFile(display)
                    : new Location(display, at.getLineNr(), at.getColumnNr()),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray()) {
            throw new InputException(Location.ofFile(display),
                    "expected an EdComply baseline: an object with a 'findings' array (write one with mvn edcomply:baseline)");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode e = findings.get(i);
            if (!e.path("fingerprint").isTextual()) {
                throw new InputException(Location.ofFile(display), "findings[" + i + "] has no 'fingerprint' string");
            }
            entries.add(new BaselineEntry(e.get("fingerprint").asText(), e.path("requirement").asText(""),
                    e.path("file").asText(""), e.path("subject").asText("")));
        }
        return new Baseline(display, entries);
    }

    /** The file {@code mvn edcomply:baseline} writes; sorted, no timestamps, so it diffs cleanly. */
    public byte[] render() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")));
            g.writeStartObject();
            g.writeStringField("formatVersion", FORMAT_VERSION);
            g.writeStringField("tool", EdComply.NAME);
            g.writeStringField("note", "Accepted findings, matched by fingerprint; line moves keep the match. "
                    + "Regenerate with mvn edcomply:baseline.");
            g.writeArrayFieldStart("findings");
            for (BaselineEntry e : entries) {
                g.writeStartObject();
                g.writeStringField("fingerprint", e.fingerprint());
                g.writeStringField("requirement", e.requirement());
                g.writeStringField("file", e.file());
                g.writeStringField("subject", e.subject());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public void write(Path path) {
        try {
            AtomicFiles.write(path, render());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

    /** Reads the file if it exists. */
    public static java.util.Optional<Baseline> readIfPresent(Path path, String display) {
        return Files.isRegularFile(path) ? java.util.Optional.of(read(path, display)) : java.util.Optional.empty();
    }
}
