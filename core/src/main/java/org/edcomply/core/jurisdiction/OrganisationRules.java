package org.edcomply.core.jurisdiction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.edcomply.core.engine.RuleBase;
import org.edcomply.core.io.InputException;
import org.edcomply.core.io.InputLimits;
import org.edcomply.core.model.Location;
import org.edcomply.core.scan.ProjectFiles;

/**
 * What an organisation adds in its own repository: jurisdictions and overlays (YAML, data only)
 * from the overlay directory, and check types (DRL + declaration) from a rules directory that the
 * build configuration must name explicitly, because DRL is code.
 */
public final class OrganisationRules {

    private OrganisationRules() {
    }

    /** The check types declared in {@code rulesDir} (each {@code <name>.check.yaml} beside its DRL). */
    public static Map<String, CheckType> checkTypes(Path projectRoot, Path rulesDir) {
        Map<String, CheckType> types = new TreeMap<>();
        for (Path file : ProjectFiles.configured(projectRoot, rulesDir, p -> p.getFileName().toString().endsWith(".check.yaml"))) {
            String display = ProjectFiles.display(projectRoot, file);
            CheckType type = CheckTypeRegistry.parse(InputLimits.readText(file, display), display);
            String expected = file.getFileName().toString().replace(".check.yaml", "");
            if (!type.name().equals(expected)) {
                throw new InputException(type.definedAt(), "check '" + type.name() + "' must be declared in a file named "
                        + type.name() + ".check.yaml");
            }
            if (!Files.exists(file.resolveSibling(expected + ".drl"))) {
                throw new InputException(type.definedAt(), "check '" + type.name() + "' has no rule: expected "
                        + expected + ".drl beside this file");
            }
            types.put(type.name(), type);
        }
        return types;
    }

    /** Compiles the DRL files of {@code rulesDir} into a rule base of their own. */
    public static RuleBase compileRules(Path projectRoot, Path rulesDir, ClassLoader loader) {
        Map<String, String> drl = new LinkedHashMap<>();
        for (Path file : ProjectFiles.configured(projectRoot, rulesDir, p -> p.getFileName().toString().endsWith(".drl"))) {
            drl.put("org/edcomply/custom/" + file.getFileName(),
                    InputLimits.readText(file, ProjectFiles.display(projectRoot, file)));
        }
        if (drl.isEmpty()) {
            throw new InputException(Location.ofFile(ProjectFiles.display(projectRoot, rulesDir)),
                    "the custom rules directory holds no .drl file");
        }
        return RuleBase.compile(drl, loader);
    }

    /** Reads every jurisdiction file and overlay in {@code overlayDir}, sorted by path. */
    public static List<RuleFile> files(Path projectRoot, Path overlayDir, CheckTypeRegistry checks) {
        JurisdictionParser parser = new JurisdictionParser(checks);
        List<RuleFile> files = new ArrayList<>();
        for (Path file : ProjectFiles.configured(projectRoot, overlayDir, p -> {
            String n = p.getFileName().toString();
            return n.endsWith(".yaml") || n.endsWith(".yml");
        })) {
            String display = ProjectFiles.display(projectRoot, file);
            files.add(parser.parseAny(InputLimits.readText(file, display), display));
        }
        return files;
    }
}
