package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Accepts the findings of the named requirements on the annotated declaration (a class, field,
 * method, constructor, parameter or local variable, and everything inside it), for a stated reason
 * and, preferably, until a date.
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
 * @SuppressCompliance(value = "GDPR-9-SPECIAL-CATEGORY",
 *         reason = "Template is computed on the device and never leaves it; DPIA-2025-07 section 4",
 *         until = "2026-12-31")
 * private byte[] faceTemplate;
 * }</pre>
 *
 * <p>EdComply reads the annotation from the source. The suppressed findings still appear in every
 * report, marked as suppressed with this reason. On the day after {@link #until()} the suppression
 * stops applying: the findings count again and the expired suppression is itself reported. A
 * suppression that matches no finding is reported as stale, so that none outlives its purpose.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.LOCAL_VARIABLE})
public @interface SuppressCompliance {

    /** The requirement ids to accept, e.g. {@code "GDPR-9-SPECIAL-CATEGORY"}. */
    String[] value();

    /** Why the findings are acceptable here; shown in every report next to them. Must not be blank. */
    String reason();

    /**
     * The last day the suppression applies, as an ISO date {@code yyyy-MM-dd}; empty for no
     * expiry (discouraged: a dated suppression is reviewed again).
     */
    String until() default "";
}
