package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated data is pseudonymised (GDPR Art. 4(5)): it can no longer be tied to
 * a person without additional information that is kept separately, e.g. a keyed hash of a student
 * number used in learning analytics.
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.STUDENT_ID, subject = DataSubject.STUDENT)
 * @Pseudonymized(reference = "HMAC key held by the district")
 * private String learnerKey;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface Pseudonymized {

    /** Where the re-identification key is kept and who may use it. */
    String reference() default "";
}
