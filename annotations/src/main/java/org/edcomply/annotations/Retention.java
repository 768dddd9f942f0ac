package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How long the annotated personal data is kept. Not to be confused with
 * {@link java.lang.annotation.Retention}: this one is about the data, not the annotation.
 *
 * <p>The period is an ISO-8601 period ({@code P30D}, {@code P1Y}, {@code P6M}) counted from the
 * event named in {@link #after()}. COPPA 16 CFR 312.10 forbids keeping children's data
 * indefinitely; GDPR Art. 5(1)(e) limits storage to what the purpose needs.
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.VOICE_RECORDING, subject = DataSubject.CHILD)
 * @Retention(value = "P30D", after = "the recording is scored")
 * private String recordingUri;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface Retention {

    /** The ISO-8601 period, e.g. {@code P30D} or {@code P3Y}. */
    String value();

    /** The event the period starts at, e.g. {@code "account closure"}; empty = collection. */
    String after() default "";

    /** Where the retention schedule is written (a policy section, a contract clause). */
    String reference() default "";
}
