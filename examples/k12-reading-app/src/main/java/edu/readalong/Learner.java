package edu.readalong;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

/** A child practising reading aloud. */
@Entity
public class Learner {

    @Id
    @GeneratedValue
    private Long id;

    @PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD)
    private String firstName;

    @PersonalData(category = DataCategory.GRADE_LEVEL, subject = DataSubject.CHILD)
    private int gradeLevel;

    /** Lets a child sign in by looking at the tablet camera instead of typing a password. */
    @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
    private byte[] faceTemplate;

    @PersonalData(category = DataCategory.VOICE_RECORDING, subject = DataSubject.CHILD)
    private String lastRecordingUri;

    protected Learner() {
    }

    public Learner(String firstName, int gradeLevel) {
        this.firstName = firstName;
        this.gradeLevel = gradeLevel;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public int getGradeLevel() {
        return gradeLevel;
    }

    public byte[] getFaceTemplate() {
        return faceTemplate;
    }

    public void enrolFace(byte[] template) {
        this.faceTemplate = template.clone();
    }

    public String getLastRecordingUri() {
        return lastRecordingUri;
    }

    public void setLastRecordingUri(String uri) {
        this.lastRecordingUri = uri;
    }
}
