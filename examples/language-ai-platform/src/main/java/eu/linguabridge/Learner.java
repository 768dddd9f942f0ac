package eu.linguabridge;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

/** A learner of any partner school, or one who signed up directly. */
public record Learner(
        long id,
        @PersonalData(category = DataCategory.NAME, subject = DataSubject.STUDENT) String displayName,
        @PersonalData(category = DataCategory.EMAIL, subject = DataSubject.STUDENT) String email) {
}
