package org.edcomply.jurisdictions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.edcomply.core.model.AccessibilityTarget;
import org.edcomply.core.model.AnalysisDate;
import org.edcomply.core.model.Location;
import org.edcomply.core.wcag.WcagCriteria;
import org.edcomply.core.wcag.WcagCriterion;
import org.edcomply.core.wcag.WcagTarget;
import org.edcomply.core.jurisdiction.CheckTypeRegistry;
import org.edcomply.core.jurisdiction.Jurisdiction;
import org.edcomply.core.jurisdiction.JurisdictionCatalog;
import org.edcomply.core.jurisdiction.Selection;
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
    void everyCheckTypeIsUsedBySomeRequirement() {
        java.util.Set<String> used = new java.util.TreeSet<>();
        CATALOG.all().values().forEach(j -> j.requirements().forEach(r -> used.add(r.check())));
        List<String> unused = CheckTypeRegistry.load(LOADER).names().stream().filter(c -> !used.contains(c)).toList();
        assertTrue(unused.isEmpty(), "check types no requirement uses: " + unused);
    }

    @Test
    void usStatesAndCanadianProvincesAreShipped() {
        assertTrue(CATALOG.selectableIds().containsAll(List.of("us-ny", "us-il", "ca-qc")), CATALOG.selectableIds().toString());
        assertTrue(CATALOG.all().get("ca-qc").region().equals("CA-QC"));
    }

    @Test
    void everyUsStateExtendsTheFederalLaws() {
        assertEquals(List.of("us-cipa", "us-coppa", "us-ferpa", "us-ppra"),
                CATALOG.all().get("us-federal").extendsIds().stream().sorted().toList());
        List<Jurisdiction> states = CATALOG.all().values().stream().filter(j -> j.region().startsWith("US-")).toList();
        assertTrue(states.size() >= 4, states.toString());
        states.forEach(j -> assertEquals(List.of("us-federal"), j.extendsIds(), j.id()));
    }

    /** Selecting a state by its region code applies the state's file and the federal laws under it. */
    @Test
    void aUsStateRegionPullsInTheFederalLaws() {
        for (String state : List.of("US-CA", "US-TX", "US-IL", "US-NY")) {
            Selection s = CATALOG.select(Map.of(state, Location.ofFile("edcomply.yaml")), LocalDate.of(2026, 7, 1), 0);
            List<String> expected = new java.util.ArrayList<>(List.of("edcomply", "us-cipa", "us-coppa", "us-federal",
                    "us-ferpa", "us-ppra", state.toLowerCase(java.util.Locale.ROOT)));
            expected.sort(null);
            assertEquals(expected, s.jurisdictions(), state);
            assertTrue(s.active().stream().anyMatch(r -> r.id().equals("FERPA-99-31-SCHOOL-OFFICIAL-REDISCLOSURE")), state);
        }
    }

    @Test
    void theAccessibilityRegimesAreShipped() {
        assertTrue(CATALOG.selectableIds().containsAll(List.of("us-ada-title-ii", "us-section-508", "eu-en-301-549",
                "ca-on-aoda", "uk-psbar")), CATALOG.selectableIds().toString());
    }

    /** Each accessibility requirement names a real criterion and a target its law can have. */
    @Test
    void accessibilityRequirementsNameKnownCriteriaAndStandards() {
        Map<String, String> standards = Map.of("us-ada-title-ii", "WCAG21AA", "us-section-508", "WCAG20AA",
                "eu-en-301-549", "WCAG21AA", "ca-on-aoda", "WCAG20AA", "uk-psbar", "WCAG21AA");
        standards.forEach((id, standard) -> {
            Jurisdiction j = CATALOG.all().get(id);
            for (Requirement r : j.requirements()) {
                if (!r.check().equals("accessibility-statement")) {
                    assertEquals(standard, r.stringParam("standard"), r.id());
                    WcagTarget.parse(r.stringParam("standard"));
                }
                assertTrue(r.hasParam("effectiveFrom"), r.id() + " has a compliance date");
                if (r.hasParam("sc")) {
                    WcagCriterion c = WcagCriteria.get(r.stringParam("sc"));
                    assertTrue(r.cite().contains(c.sc()) || id.equals("eu-en-301-549") && r.cite().contains("9." + c.sc()),
                            r.id() + " cites its criterion: " + r.cite());
                    assertTrue(r.message().contains("{criterion}"), r.id() + " names its criterion in the message");
                }
            }
        });
    }

    @Test
    void aodaLeavesOutLiveCaptionsAndAudioDescription() {
        for (Requirement r : CATALOG.all().get("ca-on-aoda").requirements()) {
            assertFalse(r.hasParam("sc") && List.of("1.2.4", "1.2.5").contains(r.stringParam("sc")), r.id());
        }
        assertTrue(CATALOG.all().get("us-section-508").requirements().stream()
                .anyMatch(r -> r.hasParam("sc") && r.stringParam("sc").equals("1.2.5")));
    }

    /** 4.1.1 Parsing (duplicate ids) is checked for the regimes on WCAG 2.0/2.1, never for a WCAG 2.2 target. */
    @Test
    void duplicateIdsOnlyForWcag20And21() {
        AnalysisDate today = new AnalysisDate("2030-01-01");
        AccessibilityTarget none = AccessibilityTarget.undeclared(Location.ofFile("edcomply.yaml"));
        AccessibilityTarget wcag22 = new AccessibilityTarget(Location.ofFile("edcomply.yaml"), "WCAG22AA", null, null, false);
        for (String id : List.of("us-ada-title-ii", "us-section-508", "eu-en-301-549", "ca-on-aoda", "uk-psbar")) {
            Requirement duplicateId = CATALOG.all().get(id).requirements().stream()
                    .filter(r -> r.check().equals("duplicate-id")).findFirst().orElseThrow();
            assertTrue(none.covers(duplicateId, today), id);
            assertFalse(wcag22.covers(duplicateId, today), id);
        }
    }

    /** The ADA Title II criteria apply from the (moved) compliance date, or at once when the project commits to them. */
    @Test
    void adaTitleIiAppliesFromItsComplianceDate() {
        Requirement imageAlt = CATALOG.all().get("us-ada-title-ii").requirements().stream()
                .filter(r -> r.check().equals("image-alt")).findFirst().orElseThrow();
        assertEquals("2027-04-26", imageAlt.stringParam("effectiveFrom"));
        AccessibilityTarget none = AccessibilityTarget.undeclared(Location.ofFile("edcomply.yaml"));
        assertFalse(none.covers(imageAlt, new AnalysisDate("2027-04-25")));
        assertTrue(none.covers(imageAlt, new AnalysisDate("2027-04-26")));
        AccessibilityTarget committed = new AccessibilityTarget(Location.ofFile("edcomply.yaml"), "WCAG21AA", null, null, false);
        assertTrue(committed.covers(imageAlt, new AnalysisDate("2026-11-30")));
    }

    @Test
    void everyLegalRequirementHasACitationAndAnHttpsLink() {
        for (Jurisdiction j : CATALOG.all().values()) {
            // a file that only selects others together (us-federal) needs no requirements of its own
            assertFalse(j.requirements().isEmpty() && j.extendsIds().isEmpty(), j.id() + " has no requirements");
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
