package org.edcomply.core.triage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.Location;

/**
 * The source lines behind findings: the normalised line that fingerprints are made of, and the
 * excerpt reports show. Each file is read once, and its secrets are masked before any line is used
 * ({@link ExcerptMask}), because reports travel further than the repository (CI artifacts, PR comments).
 */
public final class SourceContext {

    static final int RADIUS = 2;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Path root;
    private final Map<String, List<String>> files = new HashMap<>();

    public SourceContext(Path root) {
        this.root = root;
    }

    /** The finding's line with whitespace runs collapsed and ends trimmed; empty for a whole-file location. */
    public String normalisedLine(Location at) {
        List<String> lines = lines(at.file());
        if (at.line() < 1 || at.line() > lines.size()) {
            return "";
        }
        return SPACES.matcher(lines.get(at.line() - 1).strip()).replaceAll(" ");
    }

    public Excerpt excerpt(Location at) {
        List<String> lines = lines(at.file());
        if (at.line() < 1 || at.line() > lines.size()) {
            return Excerpt.NONE;
        }
        int from = Math.max(1, at.line() - RADIUS);
        int to = Math.min(lines.size(), at.line() + RADIUS);
        List<String> shown = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            shown.add(lines.get(i - 1));
        }
        return new Excerpt(from, shown, at.line());
    }

    private List<String> lines(String file) {
        return files.computeIfAbsent(file, f -> {
            try {
                String text = InputLimits.readText(root.resolve(f), f);
                return ExcerptMask.lines(List.of(text.split("\r\n|\r|\n", -1)));
            } catch (InputException | java.nio.file.InvalidPathException e) {
                return List.of(); // the scanners already reported what cannot be read
            }
        });
    }
}
