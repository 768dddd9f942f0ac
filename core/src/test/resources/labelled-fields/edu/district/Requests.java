package edu.district.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import java.time.LocalDate;

public class SignupRequest {
    @NotBlank
    private String firstName; // NAME
    @NotBlank
    private String surname; // NAME
    @Email
    private String email; // EMAIL
    @NotBlank
    private String password; // CREDENTIALS
    @Past
    private LocalDate birthDate; // DATE_OF_BIRTH
    private String parentEmail; // EMAIL
    private String schoolCode; // -
    private String inviteCode; // -
    private boolean acceptTerms; // -
    private String captchaResponse; // -
}

public record StudentDto(
        Long id, // -
        String displayName, // NAME
        int age, // AGE
        String gradeLevel, // GRADE_LEVEL
        String avatarUrl, // PHOTO
        String guardianPhoneNumber, // PHONE
        String homeAddressLine1) { // POSTAL_ADDRESS
}

public class RosterSyncResponse {
    private String sourcedId; // -
    private String status; // -
    private int recordsProcessed; // -
    private String errorMessage; // -
    private String nextPageToken; // -
}

public record ParentPortalView(
        String childFirstName, // NAME
        String childLastName, // NAME
        String currentGrade, // GRADES
        int absencesThisTerm, // ATTENDANCE
        String teacherEmail, // EMAIL
        String behaviorSummary, // DISCIPLINE
        String freeLunchStatus, // FREE_LUNCH_ELIGIBILITY
        String elpLevel) { // ENGLISH_LEARNER_STATUS
}

public class ContactForm {
    @NotBlank
    private String name; // NAME
    @Email
    private String email; // EMAIL
    private String phone; // PHONE
    private String message; // USER_CONTENT
    private String topic; // -
    private String pageUrl; // -
}
