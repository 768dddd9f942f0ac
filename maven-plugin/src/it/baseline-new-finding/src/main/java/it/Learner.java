package it;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

public class Learner {
    @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
    private byte[] faceTemplate;

    // New since the baseline: health data without an Art. 9(2) condition.
    @PersonalData(category = DataCategory.HEALTH, subject = DataSubject.CHILD)
    private String medication;
}
