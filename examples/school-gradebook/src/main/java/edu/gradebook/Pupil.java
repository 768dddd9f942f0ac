package edu.gradebook;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.LegalBasis;
import org.edcomply.annotations.PersonalData;

/** A pupil as the gradebook knows them. */
@Entity
public class Pupil {

    @Id
    @GeneratedValue
    private Long id;

    @PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD)
    private String displayName;

    @PersonalData(category = DataCategory.GRADE_LEVEL, subject = DataSubject.CHILD)
    private int gradeLevel;

    /** Allergies the class teacher must know about on trips; parents opt in separately. */
    @PersonalData(category = DataCategory.HEALTH, subject = DataSubject.CHILD)
    @LegalBasis(value = LegalBasis.Basis.EXPLICIT_CONSENT, reference = "consent form HC-2, stored per pupil")
    private String allergyNotes;

    protected Pupil() {
    }

    public Pupil(String displayName, int gradeLevel) {
        this.displayName = displayName;
        this.gradeLevel = gradeLevel;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public int getGradeLevel() {
        return gradeLevel;
    }

    public String getAllergyNotes() {
        return allergyNotes;
    }

    public void recordAllergies(String notes) {
        this.allergyNotes = notes;
    }
}
