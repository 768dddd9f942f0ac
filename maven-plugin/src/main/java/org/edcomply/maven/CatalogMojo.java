package org.edcomply.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.edcomply.core.EdComply;
import org.edcomply.core.JurisdictionOptions;
import org.edcomply.core.catalog.CatalogHtml;
import org.edcomply.core.catalog.CatalogMarkdown;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.report.AtomicFiles;

/**
 * Writes the requirement catalogue this project's checks use (the shipped jurisdictions with the
 * organisation's overlays): {@code catalog.md}, {@code catalog.html} and one page per check type,
 * for review by compliance officers and auditors.
 */
@Mojo(name = "catalog", threadSafe = true)
public class CatalogMojo extends AbstractRulesMojo {

    /** Where the catalogue is written. */
    @Parameter(property = "edcomply.catalogDirectory", defaultValue = "${project.build.directory}/edcomply/catalog")
    private File catalogDirectory;

    @Override
    public void execute() throws MojoExecutionException {
        Path out = catalogDirectory.toPath();
        try {
            Path basedir = project.getBasedir().toPath();
            JurisdictionOptions options = ruleOptions();
            JurisdictionCatalog catalog = EdComply.jurisdictionsFor(basedir, options);
            String markdown = CatalogMarkdown.catalog(catalog, "checks/");
            AtomicFiles.write(out.resolve("catalog.md"), markdown.getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(out.resolve("catalog.html"), CatalogHtml.render(markdown, "EdComply requirement catalogue")
                    .getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> page : CatalogMarkdown.checkPages(catalog.checks(), catalog).entrySet()) {
                AtomicFiles.write(out.resolve("checks/" + page.getKey() + ".md"), page.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (InputException | InputErrors | IllegalArgumentException e) {
            throw new MojoExecutionException("EdComply: " + e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("EdComply: cannot write the catalogue to " + out + ": " + e.getMessage(), e);
        }
        getLog().info("EdComply: requirement catalogue written to " + out);
    }
}
