package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated personal data is encrypted (GDPR Art. 32(1)(a); New York
 * 8 NYCRR 121.9 requires student data to be encrypted at rest and in transit).
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.GOVERNMENT_ID, subject = DataSubject.PARENT_GUARDIAN)
 * @Encrypted(atRest = true, inTransit = true, reference = "KMS key edu-prod-pii")
 * private String ssn;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface Encrypted {

    /** Encrypted where it is stored. */
    boolean atRest() default true;

    /** Encrypted whenever it is sent. */
    boolean inTransit() default true;

    /** Where the key management is described. */
    String reference() default "";
}
