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
 * @param dataType     the taxonomy key, e.g. {@code user.contact.email}; the category's key when annotated
 * @param declarations what the code declares about it besides category and basis:
 *                     {@code STUDENT_RECORD}, {@code DIRECTORY_INFORMATION}, {@code CONSENT_PARENTAL}, ...
 * @param purposes     the declared {@code @Purpose} uses, e.g. {@code EDUCATION}
 * @param retention    the declared {@code @Retention} period (ISO-8601), or {@code null}
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
        String evidence,
        String dataType,
        Set<String> declarations,
        Set<String> purposes,
        String retention) {

    /** How a personal-data element became known. */
    public enum Origin { ANNOTATION, HEURISTIC, MANIFEST }

    /** Declared as part of an education record (FERPA 34 CFR 99.3) with {@code @StudentRecord}. */
    public static final String STUDENT_RECORD = "STUDENT_RECORD";
    /** Declared FERPA directory information with {@code @DirectoryInformation}. */
    public static final String DIRECTORY_INFORMATION = "DIRECTORY_INFORMATION";

    /** An element without declarations beyond category, basis and protections. */
    public PersonalDataElement(Location location, String owner, String member, DataCategory category,
                               DataSubject subject, Sensitivity sensitivity, String legalBasis, Set<String> protections,
                               Origin origin, String evidence) {
        this(location, owner, member, category, subject, sensitivity, legalBasis, protections, origin, evidence,
                null, Set.of(), Set.of(), null);
    }

    public PersonalDataElement {
        protections = Set.copyOf(protections);
        declarations = declarations == null ? Set.of() : Set.copyOf(declarations);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        if (dataType == null || dataType.isEmpty()) {
            dataType = category.key();
        }
        if (sensitivity == null || sensitivity == Sensitivity.DEFAULT) {
            sensitivity = category.defaultSensitivity();
        }
    }

    /** A Java field, component or getter (which {@code @PersonalData} can declare), not a database column. */
    public boolean isJavaMember() {
        return location.file().endsWith(".java");
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

    /** Found by name, not declared: the developer should declare or suppress it. */
    public boolean isHeuristic() {
        return origin == Origin.HEURISTIC;
    }

    /**
     * Part of an education record: declared with {@code @StudentRecord}, or of a category of the
     * {@code user.education} branch.
     */
    public boolean isEducationRecord() {
        return declarations.contains(STUDENT_RECORD) || category.key().startsWith("user.education.");
    }

    /** The subject's enum name, for matching against jurisdiction parameters. */
    public String subjectName() {
        return subject.name();
    }

    /** True when {@code names} is empty (no restriction) or holds this element's category. */
    public boolean categoryIn(java.util.Collection<String> names) {
        return names.isEmpty() || names.contains(category.name());
    }

    /** True when {@code names} is empty (no restriction) or holds this element's subject. */
    public boolean subjectIn(java.util.Collection<String> names) {
        return names.isEmpty() || names.contains(subject.name());
    }
}
