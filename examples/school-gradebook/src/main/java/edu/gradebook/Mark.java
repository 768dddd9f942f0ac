package edu.gradebook;

import java.time.LocalDate;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

/** One mark a teacher gave a pupil for one piece of work. */
@PersonalData(category = DataCategory.GRADES, subject = DataSubject.STUDENT)
public record Mark(Long pupilId, String course, String assignment, LocalDate givenOn, String value) {
}
