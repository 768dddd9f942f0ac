package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated data may only be collected or used with a particular kind of
 * consent, e.g. verifiable parental consent (COPPA 16 CFR 312.5) or explicit consent (GDPR
 * Art. 9(2)(a)). On a class it applies to every field of the class.
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.VOICE_RECORDING, subject = DataSubject.CHILD)
 * @ConsentRequired(ConsentRequired.Kind.PARENTAL)
 * private String recordingUri;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface ConsentRequired {

    /** The kinds of consent needed; all of them. */
    Kind[] value();

    /** Kinds of consent. */
    enum Kind {
        /** Freely given, specific, informed and unambiguous consent (GDPR Art. 4(11)). */
        ORDINARY,
        /** Explicit consent (GDPR Art. 9(2)(a), Art. 22(2)(c), Art. 49(1)(a)). */
        EXPLICIT,
        /** Verifiable consent of a parent or guardian (COPPA 312.5, GDPR Art. 8). */
        PARENTAL,
        /** A separate parental consent for disclosure to third parties (COPPA 312.5(a)(2), 2025). */
        PARENTAL_THIRD_PARTY,
        /** A written release (Illinois BIPA 740 ILCS 14/15(b) for biometrics). */
        WRITTEN_RELEASE
    }
}
