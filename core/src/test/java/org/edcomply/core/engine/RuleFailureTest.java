package org.edcomply.core.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.edcomply.core.model.AnalysisProblem;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;
import org.junit.jupiter.api.Test;

/**
 * A rule whose consequence throws: the requirement it was evaluating is reported as
 * EDC-RULE-FAILED at the fact it matched, and every other finding (of other rules, and of the same
 * rule on other facts) is still there.
 */
class RuleFailureTest {

    // The failing rule fires first (salience), so a session that stopped at the exception would
    // have no finding at all.
    private static final String DRL = """
            package org.edcomply.test;

            import org.edcomply.core.model.Requirement;
            import org.edcomply.core.model.AnalysisProblem;

            global org.edcomply.core.engine.FindingSink findings;

            rule "fragile-check" @check("fragile-check") salience 10
            when
                $r : Requirement(check == "fragile-check")
                $p : AnalysisProblem(kind == "CONFIG")
            then
                if ($p.detail().equals("boom")) {
                    throw new IllegalStateException("cannot evaluate " + $p.location());
                }
                findings.report($r, $p.location(), $p.detail(), "detail", $p.detail());
            end

            rule "sound-check" @check("sound-check")
            when
                $r : Requirement(check == "sound-check")
                $p : AnalysisProblem(kind == "CONFIG")
            then
                findings.report($r, $p.location(), $p.detail(), "detail", $p.detail());
            end

            rule "analysis-problem" @check("analysis-problem")
            when
                $r : Requirement(check == "analysis-problem")
                $p : AnalysisProblem(kind == $r.stringParam("kind"))
            then
                findings.report($r, $p.location(), $p.kind(), "detail", $p.detail());
            end
            """;

    private static final RuleBase RULES = RuleBase.compile(Map.of("org/edcomply/test/rules.drl", DRL),
            RuleFailureTest.class.getClassLoader());

    private static final Requirement FRAGILE = requirement("ACME-FRAGILE", "fragile-check", Map.of());
    private static final Requirement SOUND = requirement("ACME-SOUND", "sound-check", Map.of());
    private static final Requirement RULE_FAILED = requirement("EDC-RULE-FAILED", "analysis-problem",
            Map.of("kind", AnalysisProblem.RULE_FAILED));

    private static final AnalysisProblem OK = new AnalysisProblem(new Location("a.yml", 3, 1), "CONFIG", "fine");
    private static final AnalysisProblem BOOM = new AnalysisProblem(new Location("b.yml", 7, 5), "CONFIG", "boom");

    @Test
    void aThrowingConsequenceIsAFindingNamingItsRequirementAndHidesNothing() {
        List<Finding> findings = new ComplianceSession(RULES).evaluate(List.of(FRAGILE, SOUND, RULE_FAILED),
                List.of(OK, BOOM));

        assertEquals(List.of(
                        "ACME-FRAGILE a.yml:3:1 fine",
                        "ACME-SOUND a.yml:3:1 fine",
                        "ACME-SOUND b.yml:7:5 boom",
                        "EDC-RULE-FAILED b.yml:7:5 ACME-FRAGILE"),
                findings.stream().map(f -> f.requirementId() + " " + f.location() + " " + f.subject()).toList());
        Finding failed = findings.get(3);
        assertEquals(Severity.HIGH, failed.severity());
        assertEquals("A check failed, so compliance with a requirement is unknown here: the rule 'fragile-check' failed "
                + "while evaluating requirement ACME-FRAGILE (check type 'fragile-check') with IllegalStateException: "
                + "cannot evaluate b.yml:7:5, so what it checks here is unknown.", failed.message());
    }

    @Test
    void withoutARequirementToReportItOnTheFailureStopsTheRun() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new ComplianceSession(RULES).evaluate(List.of(FRAGILE, SOUND), List.of(OK, BOOM)));
        assertTrue(e.getMessage().contains("requirement ACME-FRAGILE"), e.getMessage());
    }

    @Test
    void noFailureNoFinding() {
        List<Finding> findings = new ComplianceSession(RULES).evaluate(List.of(FRAGILE, SOUND, RULE_FAILED), List.of(OK));
        assertEquals(List.of("ACME-FRAGILE", "ACME-SOUND"), findings.stream().map(Finding::requirementId).toList());
    }

    private static Requirement requirement(String id, String check, Map<String, Object> params) {
        return new Requirement(id, "test", check, params, Severity.HIGH, id,
                id.equals("EDC-RULE-FAILED") ? "A check failed, so compliance with a requirement is unknown here: {detail}."
                        : "{detail}", "fix it", "cite", "https://example.org", new Location("rules.yaml", 1, 1));
    }
}
