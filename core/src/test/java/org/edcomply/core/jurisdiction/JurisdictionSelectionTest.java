package org.edcomply.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.junit.jupiter.api.Test;

/** Selecting requirements: ids, variants, regions, extends, effective dates, overlays. */
class JurisdictionSelectionTest {

    private static final CheckTypeRegistry CHECKS = new CheckTypeRegistry(Map.of(
            "age", CheckTypeRegistry.parse("""
                    check: age
                    summary: s
                    parameters:
                      age: { type: integer, required: true, description: the age }
                    """, "age.check.yaml")));

    private static final JurisdictionParser PARSER = new JurisdictionParser(CHECKS);

    private static String req(String id, int age, String extra) {
        return "  - id: " + id + "\n    title: t\n    check: age\n    with: { age: " + age + " }\n    severity: HIGH\n"
                + "    cite: c\n    message: m\n    remediation: r\n" + extra;
    }

    private static final Jurisdiction FEDERAL = PARSER.parse("id: us-federal\nname: US\nregion: US\nrequirements:\n"
            + req("FED-1", 13, "") + req("FED-NEW", 13, "    effective: 2027-04-26\n")
            + req("FED-OLD", 13, "    until: 2020-01-01\n"), "us-federal.yaml");
    private static final Jurisdiction CALIFORNIA = PARSER.parse("id: us-ca\nname: California\nregion: US-CA\n"
            + "extends: [us-federal]\nrequirements:\n" + req("CA-1", 16, ""), "us-ca.yaml");
    private static final Jurisdiction GDPR = PARSER.parse("""
            id: eu-gdpr
            name: GDPR
            region: EU
            variants:
              FR:
                name: France
                changes:
                  - requirement: GDPR-8
                    with: { age: 15 }
                    cite: Loi Informatique et Libertes Art. 45
            requirements:
            """ + req("GDPR-8", 16, ""), "eu-gdpr.yaml");

    private static final JurisdictionCatalog CATALOG =
            new JurisdictionCatalog(List.of(FEDERAL, CALIFORNIA, GDPR), List.of(), CHECKS);

    private static String select(JurisdictionCatalog catalog, String day, String... tokens) {
        Map<String, Location> selected = new LinkedHashMap<>();
        for (String t : tokens) {
            selected.put(t, Location.ofFile("edcomply.yaml"));
        }
        Selection s = catalog.select(selected, LocalDate.parse(day), 180);
        return s.requirements().stream().map(JurisdictionSelectionTest::describe).collect(Collectors.joining(", "));
    }

    private static String describe(Requirement r) {
        return r.id() + "(" + r.intParam("age") + "," + r.severity() + ")";
    }

    @Test
    void aStateExtendsFederalLaw() {
        assertEquals("CA-1(16,HIGH), FED-1(13,HIGH)", select(CATALOG, "2026-01-01", "us-ca"));
    }

    @Test
    void aRegionSelectsEveryJurisdictionOfIt() {
        assertEquals("CA-1(16,HIGH), FED-1(13,HIGH)", select(CATALOG, "2026-01-01", "US-CA"));
    }

    @Test
    void aVariantChangesItsRequirements() {
        assertEquals("GDPR-8(15,HIGH)", select(CATALOG, "2026-01-01", "eu-gdpr/FR"));
        assertEquals("GDPR-8(16,HIGH)", select(CATALOG, "2026-01-01", "eu-gdpr"));
        Requirement fr = CATALOG.select(Map.of("eu-gdpr/FR", Location.ofFile("x")), LocalDate.parse("2026-01-01"), 0)
                .active().get(0);
        assertEquals("Loi Informatique et Libertes Art. 45", fr.cite());
    }

    @Test
    void effectiveDatesAndTheEarlyWarningHorizon() {
        assertEquals("FED-1(13,HIGH)", select(CATALOG, "2026-01-01", "us-federal"));
        // within 180 days of 2027-04-26: an INFO early warning saying when it applies
        assertEquals("FED-1(13,HIGH), FED-NEW(13,INFO)", select(CATALOG, "2026-12-01", "us-federal"));
        assertEquals("FED-1(13,HIGH), FED-NEW(13,HIGH)", select(CATALOG, "2027-04-26", "us-federal"));
        Requirement upcoming = CATALOG.select(Map.of("us-federal", Location.ofFile("x")), LocalDate.parse("2026-12-01"), 180)
                .upcoming().get(0);
        assertTrue(upcoming.message().startsWith("Applies from 2027-04-26 (HIGH): "), upcoming.message());
    }

    @Test
    void anOverlayAddsChangesAndDisablesWithReasons() {
        Overlay overlay = (Overlay) PARSER.parseAny("""
                overlay: us-federal
                changes:
                  - requirement: FED-1
                    severity: MEDIUM
                    with: { age: 14 }
                    reason: our board set 14
                  - requirement: FED-NEW
                    disabled: true
                    reason: we leave the US market before it applies
                requirements:
                """ + req("ACME-1", 10, ""), "src/compliance/jurisdictions/us-federal.yaml");
        JurisdictionCatalog withOverlay = CATALOG.plus(List.of(overlay), CHECKS);
        assertEquals("FED-1(14,MEDIUM), ACME-1(10,HIGH)", select(withOverlay, "2027-06-01", "us-federal"));
        Selection s = withOverlay.select(Map.of("us-federal", Location.ofFile("x")), LocalDate.parse("2027-06-01"), 0);
        assertEquals("FED-NEW we leave the US market before it applies src/compliance/jurisdictions/us-federal.yaml:7:5",
                s.disabled().get(0).requirement().id() + " " + s.disabled().get(0).reason() + " " + s.disabled().get(0).where());
    }

    @Test
    void overlayChangesNeedAReasonAndAKnownRequirement() {
        InputException noReason = assertThrows(InputException.class, () -> PARSER.parseAny(
                "overlay: us-federal\nchanges:\n  - requirement: FED-1\n    disabled: true\n", "o.yaml"));
        assertEquals("o.yaml:3:5: a change in an overlay needs a 'reason' saying why (it is shown wherever the change "
                + "takes effect)", noReason.getMessage());
        Overlay typo = (Overlay) PARSER.parseAny(
                "overlay: us-federal\nchanges:\n  - requirement: FED-2\n    disabled: true\n    reason: x\n", "o.yaml");
        InputException unknown = assertThrows(InputException.class,
                () -> select(CATALOG.plus(List.of(typo), CHECKS), "2026-01-01", "us-federal"));
        assertTrue(unknown.getMessage().startsWith("o.yaml:3:5: 'us-federal' has no requirement 'FED-2'; did you mean 'FED-1'?"),
                unknown.getMessage());
    }

    @Test
    void unknownVariantAndUnknownIdAreErrorsWithHints() {
        InputException variant = assertThrows(InputException.class, () -> select(CATALOG, "2026-01-01", "eu-gdpr/FX"));
        assertEquals("edcomply.yaml: 'eu-gdpr' has no variant 'FX'; did you mean 'FR'? Its variants: FR.", variant.getMessage());
        InputException id = assertThrows(InputException.class, () -> select(CATALOG, "2026-01-01", "us-cal"));
        assertTrue(id.getMessage().startsWith("edcomply.yaml: unknown jurisdiction 'us-cal'; did you mean 'us-ca'?"),
                id.getMessage());
    }

    @Test
    void extendingInACircleIsRejected() {
        Jurisdiction a = PARSER.parse("id: a\nname: A\nextends: [b]\nrequirements: []\n", "a.yaml");
        Jurisdiction b = PARSER.parse("id: b\nname: B\nextends: [a]\nrequirements: []\n", "b.yaml");
        InputException e = assertThrows(InputException.class, () -> new JurisdictionCatalog(List.of(a, b), List.of(), CHECKS));
        assertTrue(e.getMessage().contains("jurisdictions extend each other in a circle: a -> b -> a"), e.getMessage());
    }
}
