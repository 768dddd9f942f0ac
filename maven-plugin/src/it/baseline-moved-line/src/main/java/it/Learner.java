package it;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;

public class Learner {

    // Added after the baseline was written; the field below moved down by eight lines.
    private String displayName;

    public String displayName() {
        return displayName;
    }

    @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
    private   byte[]   faceTemplate;
}
