package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the annotated personal data is used for (GDPR Art. 5(1)(b) purpose limitation; COPPA
 * school authorisation covers the school's educational purpose only). Several purposes may be
 * given. On a class it applies to every field of the class.
 *
 * <pre>{@code
 * @PersonalData(category = DataCategory.ASSESSMENT_RESULT, subject = DataSubject.STUDENT)
 * @Purpose({Purpose.Use.EDUCATION, Purpose.Use.SERVICE_IMPROVEMENT})
 * private int readingScore;
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.TYPE, ElementType.PARAMETER})
public @interface Purpose {

    /** The purposes. */
    Use[] value();

    /** Purposes of processing; names follow fideslang's data uses where one exists. */
    enum Use {
        /** Teaching, learning and assessment the school asked for (the "school purpose"). */
        EDUCATION,
        /** Running the service: accounts, sign-in, delivery of what the user asked for. */
        SERVICE_OPERATION,
        /** Improving or developing the service. */
        SERVICE_IMPROVEMENT,
        /** Security, fraud and abuse prevention. */
        SECURITY,
        /** Meeting a legal obligation. */
        LEGAL_OBLIGATION,
        /** Measuring use of the service. */
        ANALYTICS,
        /** Personalising content or learning paths. */
        PERSONALIZATION,
        /** Research and statistics. */
        RESEARCH,
        /** Marketing the provider's own products. */
        MARKETING,
        /** Advertising, including targeted and behavioural advertising. */
        ADVERTISING,
        /** Selling or renting the data. */
        SALE,
        /** Training or improving AI models. */
        AI_TRAINING,
        /** Student safety and wellbeing. */
        SAFETY,
        /** Medical or health care. */
        MEDICAL
    }
}
