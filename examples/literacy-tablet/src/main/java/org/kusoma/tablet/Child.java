package org.kusoma.tablet;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

/** A child who reads on a shared classroom tablet, known by first name and class. */
public record Child(
        String seat,
        @PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD) String firstName,
        @PersonalData(category = DataCategory.GRADE_LEVEL, subject = DataSubject.CHILD) int standard) {
}
