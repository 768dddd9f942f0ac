package edu.district.sis;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.time.LocalDate;

@Entity
public class Student {
    @Id
    private Long id; // -
    private String studentNumber; // STUDENT_ID
    private String stateStudentId; // STUDENT_ID
    @NotBlank
    private String firstName; // NAME
    private String middleName; // NAME
    @NotBlank
    private String lastName; // NAME
    private String preferredName; // NAME
    private LocalDate dateOfBirth; // DATE_OF_BIRTH
    private String gender; // GENDER
    private String pronouns; // GENDER
    @Email
    private String email; // EMAIL
    private String homePhone; // PHONE
    private String streetAddress; // POSTAL_ADDRESS
    private String city; // POSTAL_ADDRESS
    private String zipCode; // POSTAL_ADDRESS
    private int gradeLevel; // GRADE_LEVEL
    private String homeroom; // ENROLLMENT
    private LocalDate enrollmentDate; // ENROLLMENT
    private LocalDate withdrawalDate; // ENROLLMENT
    private String ethnicity; // RACE_ETHNICITY
    private String race; // RACE_ETHNICITY
    private boolean hispanicOrLatino; // RACE_ETHNICITY
    private String homeLanguage; // ENGLISH_LEARNER_STATUS
    private boolean englishLearner; // ENGLISH_LEARNER_STATUS
    private boolean hasIep; // SPECIAL_EDUCATION
    private boolean section504Plan; // SPECIAL_EDUCATION
    private String lunchStatus; // FREE_LUNCH_ELIGIBILITY
    private String photoUrl; // PHOTO
    private String username; // USERNAME
    private String passwordHash; // -
    private Instant createdAt; // -
    private Instant updatedAt; // -
    private int version; // -
    private boolean active; // -
    private Long schoolId; // -
}
