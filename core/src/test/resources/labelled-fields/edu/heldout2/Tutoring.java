package edu.tutoring;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.validation.constraints.Email;

// Written after all tuning, measured once, and left as it was measured.

@Entity
public class TutoringBooking {
    @Id
    private Long id; // -
    private Long tuteeId; // -
    private String tutorName; // NAME
    private String subject; // -
    private java.time.Instant startsAt; // -
    private String meetingLink; // -
    private String parentPhone; // PHONE
    private String sessionNotes; // TEACHER_NOTES
    private String learningGoals; // -
    private boolean paid; // -
}

public class RegistrationForm {
    private String childName; // NAME
    private java.time.LocalDate childDob; // DATE_OF_BIRTH
    private String schoolYear; // -
    @Email
    private String contactEmail; // EMAIL
    private String postcode; // POSTAL_ADDRESS
    private String medicalInfo; // HEALTH
    private String senNeeds; // SPECIAL_EDUCATION
    private boolean photoConsent; // -
    private String howDidYouHear; // -
    private String promoCode; // -
}

@Entity
public class ExamResult {
    @Id
    private Long id; // -
    private String candidateNumber; // STUDENT_ID
    private String paper; // -
    private Integer mark; // GRADES
    private String gradeBoundary; // -
    private boolean resit; // -
    private String accessArrangements; // SPECIAL_EDUCATION
    private String invigilatorComment; // TEACHER_NOTES
}

@Entity
public class Classroom {
    @Id
    private Long id; // -
    private String name; // -
    private String teacherEmail; // EMAIL
    private int seats; // -
    private String projectorSerial; // -
    private String wifiPassword; // -
}

public record ChatLine(
        Long authorId, // -
        String authorDisplayName, // NAME
        String text, // -
        java.time.Instant sentAt, // -
        boolean flaggedByFilter) { // -
}

@Entity
public class Alumni {
    @Id
    private Long id; // -
    private String maidenName; // NAME
    private int graduationYear; // ENROLLMENT
    private String currentEmployer; // OTHER
    private String linkedinUrl; // -
    private String donationTotal; // -
    private String homeAddress; // POSTAL_ADDRESS
}
