package edu.portal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import org.edcomply.annotations.DataCategory;
import org.edcomply.annotations.DataSubject;
import org.edcomply.annotations.LegalBasis;
import org.edcomply.annotations.PersonalData;

/** A student as the portal shows them to themselves and their guardians. */
@Entity
public class Student {

    @Id
    @GeneratedValue
    private Long id;

    @PersonalData(category = DataCategory.NAME, subject = DataSubject.CHILD)
    @LegalBasis(value = LegalBasis.Basis.CONTRACT, reference = "district service agreement")
    private String fullName;

    @PersonalData(category = DataCategory.EMAIL, subject = DataSubject.PARENT_GUARDIAN)
    @LegalBasis(value = LegalBasis.Basis.CONTRACT, reference = "district service agreement")
    private String guardianEmail;

    protected Student() {
    }

    public Student(String fullName, String guardianEmail) {
        this.fullName = fullName;
        this.guardianEmail = guardianEmail;
    }

    public Long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getGuardianEmail() {
        return guardianEmail;
    }
}
