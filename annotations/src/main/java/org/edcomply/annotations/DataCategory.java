package org.edcomply.annotations;

/**
 * What kind of personal data an element holds.
 *
 * <p>Each category has a stable dotted key. Keys follow fideslang's {@code user.*} taxonomy where
 * one exists; the {@code user.education.*} branch is EdComply's own, for the records schools keep.
 * Reports and jurisdiction files use the key; Java code uses the constant. Constants and keys are
 * never renamed or removed; new ones are added.
 *
 * <p>EdComply's name-based classifier maps about 145 finer data types (first name, IEP, lunch
 * status, ...) to these categories; its list lives in {@code edcomply-core} as data.
 */
public enum DataCategory {
    // --- identity and contact
    NAME("user.name", Sensitivity.LOW),
    EMAIL("user.contact.email", Sensitivity.MEDIUM),
    PHONE("user.contact.phone_number", Sensitivity.MEDIUM),
    POSTAL_ADDRESS("user.contact.address", Sensitivity.MEDIUM),
    USERNAME("user.account.username", Sensitivity.LOW),
    DATE_OF_BIRTH("user.demographic.date_of_birth", Sensitivity.MEDIUM),
    AGE("user.demographic.age_range", Sensitivity.MEDIUM),
    GENDER("user.demographic.gender", Sensitivity.MEDIUM),
    MARITAL_STATUS("user.demographic.marital_status", Sensitivity.MEDIUM),
    GOVERNMENT_ID("user.government_id", Sensitivity.HIGH),
    PHOTO("user.content.photo", Sensitivity.MEDIUM),
    VOICE_RECORDING("user.content.audio", Sensitivity.MEDIUM),
    USER_CONTENT("user.content", Sensitivity.MEDIUM),
    CREDENTIALS("user.authorization.credentials", Sensitivity.HIGH),
    // --- device, online and location
    DEVICE_ID("user.device.device_id", Sensitivity.MEDIUM),
    IP_ADDRESS("user.device.ip_address", Sensitivity.MEDIUM),
    COOKIE_ID("user.device.cookie_id", Sensitivity.MEDIUM),
    PRECISE_LOCATION("user.location.precise", Sensitivity.HIGH),
    IMPRECISE_LOCATION("user.location.imprecise", Sensitivity.MEDIUM),
    BROWSING_BEHAVIOR("user.behavior.browsing_history", Sensitivity.MEDIUM),
    // --- financial
    FINANCIAL_ACCOUNT("user.financial.bank_account", Sensitivity.HIGH),
    PAYMENT_CARD("user.financial.credit_card", Sensitivity.HIGH),
    /** Household or personal income (a protected area under PPRA, 20 U.S.C. 1232h(b)(8)). */
    INCOME("user.financial.income", Sensitivity.HIGH),
    // --- special categories (GDPR Art. 9 and equivalents)
    BIOMETRIC("user.biometric", Sensitivity.SPECIAL),
    GENETIC("user.biometric.genetic", Sensitivity.SPECIAL),
    HEALTH("user.health_and_medical", Sensitivity.SPECIAL),
    DISABILITY("user.health_and_medical.disability", Sensitivity.SPECIAL),
    RACE_ETHNICITY("user.demographic.race_ethnicity", Sensitivity.SPECIAL),
    RELIGION("user.demographic.religious_belief", Sensitivity.SPECIAL),
    POLITICAL_OPINION("user.demographic.political_opinion", Sensitivity.SPECIAL),
    SEXUAL_ORIENTATION("user.demographic.sexual_orientation", Sensitivity.SPECIAL),
    TRADE_UNION_MEMBERSHIP("user.demographic.trade_union_membership", Sensitivity.SPECIAL),
    CRIMINAL_RECORD("user.criminal_history", Sensitivity.SPECIAL),
    // --- education records (EdComply's branch)
    STUDENT_ID("user.education.student_id", Sensitivity.MEDIUM),
    GRADE_LEVEL("user.education.grade_level", Sensitivity.LOW),
    GRADES("user.education.grades", Sensitivity.HIGH),
    ASSESSMENT_RESULT("user.education.assessment_results", Sensitivity.HIGH),
    ATTENDANCE("user.education.attendance", Sensitivity.MEDIUM),
    ENROLLMENT("user.education.enrollment", Sensitivity.MEDIUM),
    DISCIPLINE("user.education.discipline", Sensitivity.HIGH),
    SPECIAL_EDUCATION("user.education.special_education", Sensitivity.SPECIAL),
    FREE_LUNCH_ELIGIBILITY("user.education.free_lunch_eligibility", Sensitivity.HIGH),
    ENGLISH_LEARNER_STATUS("user.education.english_learner_status", Sensitivity.HIGH),
    GUARDIAN_RELATIONSHIP("user.education.guardian_relationship", Sensitivity.MEDIUM),
    TEACHER_NOTES("user.education.teacher_notes", Sensitivity.HIGH),
    LEARNING_ANALYTICS("user.education.learning_analytics", Sensitivity.MEDIUM),
    PROCTORING("user.education.proctoring", Sensitivity.HIGH),
    /** Schools, colleges and programmes a person attended, and degrees obtained. */
    SCHOOL_ATTENDED("user.education.school_attended", Sensitivity.LOW),
    /** Anything else that identifies a person; prefer a specific category. */
    OTHER("user", Sensitivity.MEDIUM);

    private final String key;
    private final Sensitivity defaultSensitivity;

    DataCategory(String key, Sensitivity defaultSensitivity) {
        this.key = key;
        this.defaultSensitivity = defaultSensitivity;
    }

    /** The stable dotted key used in reports and jurisdiction files, e.g. {@code user.biometric}. */
    public String key() {
        return key;
    }

    /** The sensitivity of this category when an annotation does not say otherwise. */
    public Sensitivity defaultSensitivity() {
        return defaultSensitivity;
    }
}
