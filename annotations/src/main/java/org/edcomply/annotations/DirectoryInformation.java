package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that an element of an education record is <em>directory information</em> (34 CFR 99.3,
 * 99.37): information a school may publish after notice, unless the student or parent opted out,
 * such as a name, grade level or dates of attendance. A social security number can never be
 * directory information.
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.GRADE_LEVEL, subject = DataSubject.STUDENT)
 * @DirectoryInformation
 * private int gradeLevel;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface DirectoryInformation {
}
