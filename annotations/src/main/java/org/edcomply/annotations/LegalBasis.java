package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The lawful basis on which the annotated personal data is processed.
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.HEALTH, subject = DataSubject.STUDENT)
 * @LegalBasis(Basis.EXPLICIT_CONSENT)
 * private String allergyNotes;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface LegalBasis {

    /** The basis relied on. */
    Basis value();

    /** Where the basis is documented (a policy, a contract clause, a DPIA section). */
    String reference() default "";

    /** Lawful bases across regimes; names follow GDPR Art. 6(1) and Art. 9(2). */
    enum Basis {
        CONSENT,
        /** Explicit consent, GDPR Art. 9(2)(a); also covers "specific and highlighted" consent (LGPD Art. 11). */
        EXPLICIT_CONSENT,
        /** Consent of the holder of parental responsibility (GDPR Art. 8, COPPA 312.5). */
        PARENTAL_CONSENT,
        CONTRACT,
        LEGAL_OBLIGATION,
        VITAL_INTERESTS,
        PUBLIC_TASK,
        LEGITIMATE_INTERESTS,
        /** Substantial public interest under Member State law, GDPR Art. 9(2)(g). */
        SUBSTANTIAL_PUBLIC_INTEREST,
        /** Preventive or occupational medicine, GDPR Art. 9(2)(h). */
        HEALTH_CARE,
        /** A school acting in loco parentis for an educational purpose only (COPPA school authorization). */
        SCHOOL_AUTHORIZATION
    }
}
