package eu.linguabridge;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;
import org.edcomply.annotations.Retention;

/** One recorded answer in a speaking exercise and the score it got. */
public record SpeakingAttempt(
        long learner,
        String exercise,
        @PersonalData(category = DataCategory.VOICE_RECORDING, subject = DataSubject.STUDENT)
        @Retention("P180D") String recordingUri,
        @PersonalData(category = DataCategory.ASSESSMENT_RESULT, subject = DataSubject.STUDENT) double pronunciationScore) {
}
