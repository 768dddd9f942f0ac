package org.kusoma.tablet;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

/** A book read aloud: the recording, kept on the tablet for the teacher, and the fluency measured. */
public record ReadingAttempt(
        String seat,
        String book,
        @PersonalData(category = DataCategory.VOICE_RECORDING, subject = DataSubject.CHILD) String recordingFile,
        @PersonalData(category = DataCategory.ASSESSMENT_RESULT, subject = DataSubject.CHILD) int wordsCorrectPerMinute) {
}
