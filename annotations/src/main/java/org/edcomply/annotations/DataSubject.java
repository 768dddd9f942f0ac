package org.edcomply.annotations;

/** Whose personal data it is. Children and students get the strictest treatment in most regimes. */
public enum DataSubject {
    /** A learner of any age enrolled with a school, university or course provider. */
    STUDENT,
    /** A person under the age a regime treats as a child (13 under COPPA, 13–16 under GDPR Art. 8). */
    CHILD,
    /** A parent, legal guardian or other holder of parental responsibility. */
    PARENT_GUARDIAN,
    /** A teacher, lecturer, tutor or instructor. */
    EDUCATOR,
    /** Other staff of the institution or of the vendor. */
    STAFF,
    /** Any other user of the service. */
    USER
}
