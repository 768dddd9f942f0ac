package edu.lms;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import lombok.Data;

// Written after the classifier was tuned, and measured once before any further change.

@Entity
public class CourseMember {
    @Id
    private String id; // -
    @Column(name = "given_name")
    private String given_name; // NAME
    private String family_name; // NAME
    private String primary_email; // EMAIL
    private String sis_user_id; // STUDENT_ID
    private String login_id; // USERNAME
    private String time_zone; // -
    private String avatar_url; // PHOTO
    private String enrollment_state; // ENROLLMENT
    private String role_type; // -
    private String section_name; // -
    private double current_score; // ASSESSMENT_RESULT
    private String final_grade; // GRADES
    private long total_activity_time; // LEARNING_ANALYTICS
    private String last_ip; // IP_ADDRESS
}

@Data
public class QuizSubmission {
    private Long submissionId; // -
    private Long userId; // -
    private Integer attempt; // -
    private Double kept_score; // ASSESSMENT_RESULT
    private String answersJson; // USER_CONTENT
    private Integer secondsSpent; // -
    private Boolean flaggedForReview; // -
    private String browserUserAgent; // DEVICE_ID
    private String workflowState; // -
}

@Entity
public class Household {
    @Id
    private Long id; // -
    private String homeStreet; // POSTAL_ADDRESS
    private String homeZip; // POSTAL_ADDRESS
    private String primaryLanguage; // ENGLISH_LEARNER_STATUS
    private Integer householdSize; // -
    private String annualIncome; // INCOME
    private boolean directCertification; // FREE_LUNCH_ELIGIBILITY
    private boolean militaryFamily; // -
    private boolean homeless; // -
    private String custodyNotes; // GUARDIAN_RELATIONSHIP
}

public record WellnessCheckIn(
        Long pupilId, // STUDENT_ID
        String moodRating, // HEALTH
        String sleepHours, // HEALTH
        String counsellorComment, // TEACHER_NOTES
        boolean requestedHelp, // -
        java.time.Instant createdAt) { // -
}

@Entity
public class Webinar {
    @Id
    private Long id; // -
    private String hostName; // NAME
    private String title; // -
    private String joinUrl; // -
    private int attendeeCount; // -
    private String recordingUrl; // -
    private String timezone; // -
    private boolean chatEnabled; // -
}

@Entity
public class TeacherProfile {
    @Id
    private Long id; // -
    private String fullName; // NAME
    private String schoolEmail; // EMAIL
    private String cellNumber; // PHONE
    private String certificationNumber; // GOVERNMENT_ID
    private String yearsExperience; // -
    private String highestDegree; // SCHOOL_ATTENDED
    private String profilePhoto; // PHOTO
    private String favouriteBook; // -
}

@Entity
public class BehaviourPoint {
    @Id
    private Long id; // -
    private Long studentRef; // STUDENT_ID
    private int points; // DISCIPLINE
    private String reason; // DISCIPLINE
    private String awardedBy; // -
    private java.time.LocalDate awardedOn; // -
}
