package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that a field, record component, getter or whole class is part of an <em>education
 * record</em> in the FERPA sense (34 CFR 99.3): directly related to a student and maintained by a
 * school or by a party acting for it. Disclosing it needs the school's authorisation or a FERPA
 * exception, so EdComply checks where it flows.
 *
 * <p>On a class it applies to every field of the class. It adds to {@link PersonalData}, which still
 * says what kind of data it is; without {@code @PersonalData} EdComply classifies the field by name.
 *
 * <pre>{@code
 * @StudentRecord
 * @PersonalData(category = DataCategory.GRADES, subject = DataSubject.STUDENT)
 * public record ReportCard(String studentId, String course, String mark) {
 * }
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface StudentRecord {
}
