package it;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.PersonalData;

public class Applicant {
    @PersonalData(category = DataCategory.HEALTH)
    private String disabilityNeeds;
}
