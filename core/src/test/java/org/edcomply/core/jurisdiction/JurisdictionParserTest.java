package org.edcomply.core.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.edcomply.core.io.InputErrors;
import org.edcomply.core.io.InputException;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;
import org.junit.jupiter.api.Test;

class JurisdictionParserTest {

    private static final CheckTypeRegistry CHECKS = new CheckTypeRegistry(Map.of(
            "parental-consent-below-age", CheckTypeRegistry.parse("""
                    check: parental-consent-below-age
                    summary: s
                    parameters:
                      age: { type: integer, required: true, description: the age }
                      strict: { type: boolean, default: false, description: d }
                    placeholders:
                      minAge: the youngest age
                    """, "parental-consent-below-age.check.yaml")));

    private static final String HEAD = "id: us-test\nname: Test\nrequirements:\n";

    private static String requirement(String with, String message) {
        return "  - id: T-1\n    title: t\n    check: parental-consent-below-age\n    with: " + with
                + "\n    severity: HIGH\n    cite: 16 CFR 312.5\n    link: https://example.invalid/312.5\n    message: \""
                + message + "\"\n    remediation: r\n";
    }

    private static String error(String yaml) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> new JurisdictionParser(CHECKS).parse(yaml, "us-test.yaml"));
        if (!(e instanceof InputException) && !(e instanceof InputErrors)) {
            throw e;
        }
        return e.getMessage();
    }

    @Test
    void aValidFileBecomesRequirementsWithDefaultsFilledIn() {
        Jurisdiction j = new JurisdictionParser(CHECKS).parse(HEAD + requirement("{ age: 13 }", "age {minAge} < {age}"),
                "us-test.yaml");
        Requirement r = j.requirements().get(0);
        assertEquals(List.of("T-1", "us-test", Severity.HIGH, 13, false, "us-test.yaml:4:5"),
                List.of(r.id(), r.jurisdiction(), r.severity(), r.intParam("age"), r.boolParam("strict"),
                        r.definedAt().toString()));
    }

    @Test
    void unknownCheckTypeWithHint() {
        assertEquals("us-test.yaml:7:12: unknown check type 'parental-consent-below-ages'; did you mean "
                        + "'parental-consent-below-age'? Known check types: parental-consent-below-age.",
                error(HEAD + requirement("{ age: 13 }", "m").replace("check: parental-consent-below-age",
                        "check: parental-consent-below-ages").replace("    with", "\n    with")
                        .replace("  - id: T-1\n", "  - id: T-1\n    # moved\n")));
    }

    @Test
    void unknownParameterWithHint() {
        assertEquals("""
                us-test.yaml:7:13: check 'parental-consent-below-age' has no parameter 'ages'; did you mean 'age'? \
                Its parameters: age, strict.
                us-test.yaml:7:5: check 'parental-consent-below-age' needs parameter 'age' (an integer): the age""",
                error(HEAD + requirement("{ ages: 13 }", "m")));
    }

    @Test
    void illTypedParameter() {
        assertEquals("us-test.yaml:7:18: parameter 'age' of check 'parental-consent-below-age' must be an integer, "
                + "found 'thirteen'", error(HEAD + requirement("{ age: thirteen }", "m")));
    }

    @Test
    void missingRequiredParameter() {
        assertEquals("us-test.yaml:7:5: check 'parental-consent-below-age' needs parameter 'age' (an integer): the age",
                error(HEAD + requirement("{ strict: true }", "m")));
    }

    @Test
    void placeholderTheCheckDoesNotProvide() {
        assertEquals("us-test.yaml:11:14: placeholder {minage} is not provided by check 'parental-consent-below-age'; "
                + "did you mean 'minAge'? Available: {minAge}, {age}, {strict}.", error(HEAD + requirement("{ age: 13 }", "{minage}")));
    }

    @Test
    void missingCitationIsASchemaError() {
        assertEquals("us-test.yaml:4:5: missing required key 'cite' in requirements.0",
                error(HEAD + requirement("{ age: 13 }", "m").replace("    cite: 16 CFR 312.5\n", "")));
    }

    @Test
    void severityOutsideTheScale() {
        assertEquals("us-test.yaml:8:15: expected one of BLOCKER, HIGH, MEDIUM, LOW, INFO in requirements.0.severity, "
                + "found 'error'.", error(HEAD + requirement("{ age: 13 }", "m").replace("severity: HIGH", "severity: error")));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        String message = error(HEAD + requirement("{ ages: 13 }", "m") + requirement("{ age: x }", "m").replace("T-1", "T-2"));
        assertEquals(3, message.lines().count(), message);
    }
}
