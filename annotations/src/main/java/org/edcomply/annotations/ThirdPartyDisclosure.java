package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that the annotated method, class or data is disclosed to a third party, to whom and why.
 * COPPA 312.4 requires the notice to name the recipients and purposes; FERPA 34 CFR 99.31 and 99.33
 * limit redisclosure of education records; GDPR Art. 13(1)(e) requires recipients to be disclosed.
 * Several may be given on one element.
 *
 * <pre>{@code
 * @ThirdPartyDisclosure(recipient = "Mixpanel", purpose = Purpose.Use.ANALYTICS,
 *                       reference = "DPA 2025-07, sub-processor list")
 * void trackLessonCompleted(Learner learner) { ... }
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
@java.lang.annotation.Repeatable(ThirdPartyDisclosure.List.class)
public @interface ThirdPartyDisclosure {

    /** Who receives the data, e.g. {@code "Mixpanel"} or {@code "the district's SIS"}. */
    String recipient();

    /** Why it is disclosed. */
    Purpose.Use[] purpose();

    /** The contract or data processing agreement that covers it. */
    String reference() default "";

    /** Holds repeated {@code @ThirdPartyDisclosure} annotations. */
    @Documented
    @java.lang.annotation.Retention(RetentionPolicy.CLASS)
    @Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
    @interface List {
        ThirdPartyDisclosure[] value();
    }
}
