package it;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.PersonalData;
import org.edcomply.annotations.SuppressCompliance;

public class Learner {
    @PersonalData(category = DataCategory.BIOMETRIC, subject = DataSubject.CHILD)
    @SuppressCompliance(value = "GDPR-9-SPECIAL-CATEGORY", reason = "Face-login pilot, ended January 2020", until = "2020-01-31")
    private byte[] faceTemplate;

    @PersonalData(category = DataCategory.HEALTH)
    @SuppressCompliance(value = "GDPR-9-SPECIAL-CATEGORY", reason = "School nurse records; DPIA-2025-04", until = "2099-12-31")
    private String allergies;
}
