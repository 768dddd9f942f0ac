package org.edcomply.core.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.Sensitivity;
import org.edcomply.core.AnalysisResult;
import org.edcomply.core.model.Finding;
import org.edcomply.core.model.Location;
import org.edcomply.core.model.PersonalDataElement;
import org.edcomply.core.model.Requirement;
import org.edcomply.core.model.Severity;
import org.edcomply.core.triage.Triage;

/** A report of many findings (several MB per format); {@code variant} changes every finding's line. */
final class LargeReport {

    static final int FINDINGS = 3_000;

    private LargeReport() {
    }

    static ComplianceReport of(Path root, int variant) {
        Requirement r = ReportFixture.requirement("GDPR-9-SPECIAL-CATEGORY", "eu-gdpr", Severity.HIGH, "GDPR Art. 9(1)",
                "https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_9");
        List<Finding> findings = new ArrayList<>();
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < FINDINGS; i++) {
            String file = "src/main/java/edu/district/Pupil" + i + ".java";
            Location at = Location.of(file, 10 + variant, 5);
            findings.add(ReportFixture.finding(r, at, "Pupil" + i + ".healthNotes",
                    "Pupil" + i + ".healthNotes is HEALTH data with no explicit-consent basis (variant " + variant + ")."));
            facts.add(new PersonalDataElement(at, "Pupil" + i, "healthNotes", DataCategory.HEALTH, DataSubject.STUDENT,
                    Sensitivity.DEFAULT, null, Set.of(), PersonalDataElement.Origin.ANNOTATION, "@PersonalData"));
        }
        AnalysisResult analysis = new AnalysisResult(findings, List.of("eu-gdpr"), FINDINGS, 1, List.of(r), facts);
        return ComplianceReport.of("District <large>", "", analysis,
                new Triage(null, LocalDate.of(2026, 6, 1)).apply(analysis, root, "", List.of(), null),
                Map.of("eu-gdpr", "European Union - GDPR"));
    }
}
