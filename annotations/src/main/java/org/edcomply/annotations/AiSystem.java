package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an AI system in the sense of the EU AI Act (Regulation (EU) 2024/1689, Art. 3(1)) and
 * what it does. Education is a high-risk area (Annex III point 3), and some practices are
 * prohibited: inferring emotions in education institutions except for medical or safety reasons
 * (Art. 5(1)(f)), and biometric categorisation that infers sensitive traits (Art. 5(1)(g)).
 *
 * <pre>{@code
 * @AiSystem(purpose = AiSystem.Purpose.LEARNING_OUTCOME_EVALUATION, profiling = true)
 * public class ReadingFluencyScorer { ... }
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AiSystem {

    /** What the system is used for. */
    Purpose purpose();

    /** Infers emotions or intentions of a person (Art. 3(39) emotion recognition). */
    boolean emotionRecognition() default false;

    /** Sorts people into categories from biometric data (Art. 3(40)). */
    boolean biometricCategorisation() default false;

    /** Profiles natural persons (GDPR Art. 4(4)); an Annex III system that profiles is always high-risk. */
    boolean profiling() default false;

    /** What the system is used for; the education values follow AI Act Annex III point 3. */
    enum Purpose {
        /** Access or admission to, or assignment among, institutions (Annex III 3(a)). */
        ADMISSION,
        /** Evaluating learning outcomes, also to steer learning (Annex III 3(b)). */
        LEARNING_OUTCOME_EVALUATION,
        /** The level of education a person will receive (Annex III 3(c)). */
        LEVEL_PLACEMENT,
        /** Monitoring students during tests (Annex III 3(d)). */
        PROCTORING,
        /** Tutoring or content generation. */
        TUTORING,
        /** Student engagement or attention monitoring. */
        ENGAGEMENT_MONITORING,
        /** Medical reasons (an exception of Art. 5(1)(f)). */
        MEDICAL,
        /** Safety reasons (an exception of Art. 5(1)(f)). */
        SAFETY,
        OTHER
    }
}
