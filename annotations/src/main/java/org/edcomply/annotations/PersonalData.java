package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a field, record component, getter or whole class holds personal data.
 *
 * <p>On a class it applies to every field of the class. EdComply reads the annotation from the
 * source, so {@link RetentionPolicy#CLASS} retention is enough and nothing is kept at run time.
 *
 * <pre>{@code
 * public class Learner {
 *     @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
 *     private byte[] faceTemplate;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface PersonalData {

    /** What kind of personal data this is. */
    DataCategory category();

    /** Whose data it is. */
    DataSubject subject() default DataSubject.STUDENT;

    /** How harmful disclosure would be; {@link Sensitivity#DEFAULT} takes the category's own level. */
    Sensitivity sensitivity() default Sensitivity.DEFAULT;
}
