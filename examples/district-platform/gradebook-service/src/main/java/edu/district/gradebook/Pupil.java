package edu.district.gradebook;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.LegalBasis;
import org.edcomply.annotations.PersonalData;

/** A pupil as the gradebook knows them. */
public class Pupil {

    @PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD)
    private String displayName;

    @PersonalData(category = DataCategory.GRADES, subject = DataSubject.CHILD)
    private int[] marks;

    /** Allergies the class teacher must know about on trips; parents opt in separately. */
    @PersonalData(category = DataCategory.HEALTH, subject = DataSubject.CHILD)
    @LegalBasis(value = LegalBasis.Basis.EXPLICIT_CONSENT, reference = "consent form HC-2")
    private String allergyNotes;

    /** Known gap, accepted in the baseline until the support-plan module moves to the district's system. */
    @PersonalData(category = DataCategory.SPECIAL_EDUCATION, subject = DataSubject.CHILD)
    private String supportPlan;
}
