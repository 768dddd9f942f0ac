package org.edcomply.core.model;

import java.util.Set;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.Sensitivity;

/**
 * A field, record component, getter or column that holds personal data.
 *
 * @param owner        the simple name of the declaring class, e.g. {@code Learner}
 * @param member       the field or component name, e.g. {@code faceTemplate}
 * @param legalBasis   the declared lawful basis ({@code LegalBasis.Basis} name), or {@code null}
 * @param protections  declared protections such as {@code ENCRYPTED} or {@code PSEUDONYMIZED}
 * @param origin       how it was found
 * @param evidence     for heuristic findings, the pattern that matched; otherwise the annotation text
 */
public record PersonalDataElement(
        Location location,
        String owner,
        String member,
        DataCategory category,
        DataSubject subject,
        Sensitivity sensitivity,
        String legalBasis,
        Set<String> protections,
        Origin origin,
        String evidence) {

    /** How a personal-data element became known. */
    public enum Origin { ANNOTATION, HEURISTIC, MANIFEST }

    public PersonalDataElement {
        protections = Set.copyOf(protections);
        if (sensitivity == null || sensitivity == Sensitivity.DEFAULT) {
            sensitivity = category.defaultSensitivity();
        }
    }

    /** {@code Owner.member}, as shown in messages. */
    public String qualifiedName() {
        return owner + "." + member;
    }

    /** The category's enum name, for matching against jurisdiction parameters. */
    public String categoryName() {
        return category.name();
    }

    public boolean isSpecialCategory() {
        return sensitivity == Sensitivity.SPECIAL;
    }

    public boolean hasLegalBasis(java.util.Collection<String> bases) {
        return legalBasis != null && bases.contains(legalBasis);
    }
}
