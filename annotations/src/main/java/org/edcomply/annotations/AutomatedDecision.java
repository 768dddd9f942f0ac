package org.edcomply.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method or class that takes decisions about a person by automated means, e.g. placing a
 * student in a reading group or flagging an exam as suspicious. GDPR Art. 22 gives a right not to
 * be subject to solely automated decisions with legal or similarly significant effects, and
 * Recital 71 says such decisions should not concern a child.
 *
 * <pre>{@code
 * @AutomatedDecision(purpose = "assign the reading level", humanReview = true)
 * public Level placeLearner(Learner learner) { ... }
 * }</pre>
 */
@Documented
@java.lang.annotation.Retention(RetentionPolicy.CLASS)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface AutomatedDecision {

    /** What is decided, in words a parent understands. */
    String purpose();

    /** Whether a person reviews the decision before it takes effect, or on request. */
    boolean humanReview() default false;

    /** Whether the decision has legal or similarly significant effects (admission, grading, placement). */
    boolean significantEffect() default true;
}
