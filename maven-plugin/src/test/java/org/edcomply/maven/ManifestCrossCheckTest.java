package org.edcomply.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edcomply.core.AnalysisRequest;
import org.edcomply.core.EdComply;
import org.edcomply.core.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What only the catalogue of jurisdictions can check in a manifest. */
class ManifestCrossCheckTest {

    @TempDir
    Path project;

    @Test
    void aPerJurisdictionAllowedRegionListMustNameAJurisdiction() throws Exception {
        Files.writeString(project.resolve("edcomply.yaml"), """
                jurisdictions: [us-ny]
                hosting:
                  regions: [US-VA]
                  allowedRegions:
                    us-nyy: [US]
                """);
        InputException e = assertThrows(InputException.class,
                () -> EdComply.analyse(AnalysisRequest.mavenLayout(project, 17, List.of())));
        assertEquals("edcomply.yaml:5:5: unknown jurisdiction 'us-nyy' in hosting.allowedRegions; did you mean 'us-ny'?",
                e.getMessage().substring(0, e.getMessage().indexOf(" Available:")));
    }
}
