package it;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

public class Learner {
    @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
    private byte[] faceTemplate;
}
