package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a request handler (a controller or service method) that fulfils a data subject's right,
 * so that EdComply can tell which rights the product supports: GDPR Arts. 15-20, COPPA 312.6
 * (parents review and delete), FERPA 34 CFR 99.10 and 99.20 (inspect and amend).
 *
 * <pre>{@code
 * @DataSubjectRight(DataSubjectRight.Right.ERASURE)
 * @DeleteMapping("/students/{id}")
 * public void delete(@PathVariable long id) { ... }
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface DataSubjectRight {

    /** The rights this handler fulfils. */
    Right[] value();

    /** Rights of the data subject (or of the parent or eligible student acting for them). */
    enum Right {
        /** A copy of the data (GDPR Art. 15; FERPA 99.10; COPPA 312.6(a)(1)). */
        ACCESS,
        /** Correction (GDPR Art. 16; FERPA 99.20). */
        RECTIFICATION,
        /** Deletion (GDPR Art. 17; COPPA 312.6(a)(2)). */
        ERASURE,
        /** Machine-readable export (GDPR Art. 20). */
        PORTABILITY,
        /** Restriction of processing (GDPR Art. 18). */
        RESTRICTION,
        /** Objection, e.g. to direct marketing or profiling (GDPR Art. 21). */
        OBJECTION
    }
}
