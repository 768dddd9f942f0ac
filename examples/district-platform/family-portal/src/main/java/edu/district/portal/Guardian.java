package edu.district.portal;

import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.LegalBasis;
import org.edcomply.annotations.PersonalData;

/** A parent or guardian with an account on the portal. */
public class Guardian {

    @PersonalData(category = DataCategory.NAME, subject = DataSubject.PARENT_GUARDIAN)
    @LegalBasis(LegalBasis.Basis.CONTRACT)
    private String fullName;

    @PersonalData(category = DataCategory.EMAIL, subject = DataSubject.PARENT_GUARDIAN)
    @LegalBasis(LegalBasis.Basis.CONTRACT)
    private String email;

    @PersonalData(category = DataCategory.GUARDIAN_RELATIONSHIP, subject = DataSubject.PARENT_GUARDIAN)
    @LegalBasis(LegalBasis.Basis.LEGAL_OBLIGATION)
    private String relationship;
}
