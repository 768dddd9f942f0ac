package org.edcomply.jurisdictions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.edcomply.core.jurisdiction.Jurisdiction;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.model.Requirement;
import org.junit.jupiter.api.Test;

/** Every shipped jurisdiction file loads against the real check types and cites its law. */
class BuiltInJurisdictionsTest {

    private static final ClassLoader LOADER = BuiltInJurisdictionsTest.class.getClassLoader();
    private static final JurisdictionCatalog CATALOG =
            JurisdictionCatalog.builtIn(LOADER, CheckTypeRegistry.load(LOADER));

    @Test
    void theRegimesOfTheSkeletonAreShipped() {
        assertTrue(CATALOG.selectableIds().containsAll(List.of("eu-gdpr", "us-coppa")), CATALOG.selectableIds().toString());
        assertTrue(CATALOG.all().get("edcomply").always());
    }

    @Test
    void usStatesAndCanadianProvincesAreShipped() {
        assertTrue(CATALOG.selectableIds().containsAll(List.of("us-ny", "us-il", "ca-qc")), CATALOG.selectableIds().toString());
        assertTrue(CATALOG.all().get("ca-qc").region().equals("CA-QC"));
    }

    @Test
    void everyLegalRequirementHasACitationAndAnHttpsLink() {
        for (Jurisdiction j : CATALOG.all().values()) {
            assertFalse(j.requirements().isEmpty(), j.id() + " has no requirements");
            if (j.always()) {
                continue;
            }
            for (Requirement r : j.requirements()) {
                assertFalse(r.cite().isBlank(), r.id() + " has no citation");
                assertTrue(r.link().startsWith("https://"), r.id() + " has no https link: " + r.link());
            }
        }
    }
}
