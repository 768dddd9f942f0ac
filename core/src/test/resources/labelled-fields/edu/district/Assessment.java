package edu.district.assessment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

@Entity
public class AssessmentResult {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private Long assessmentId; // -
    private BigDecimal rawScore; // ASSESSMENT_RESULT
    private BigDecimal scaledScore; // ASSESSMENT_RESULT
    private Integer percentileRank; // ASSESSMENT_RESULT
    private String proficiencyLevel; // ASSESSMENT_RESULT
    private String readingLevel; // ASSESSMENT_RESULT
    private Integer lexileMeasure; // ASSESSMENT_RESULT
    private boolean passed; // ASSESSMENT_RESULT
    private Instant completedAt; // -
    private Duration timeSpent; // LEARNING_ANALYTICS
    private String answerSheet; // USER_CONTENT
    private String essayResponse; // USER_CONTENT
}

@Entity
public class Assessment {
    @Id
    private Long id; // -
    private String title; // -
    private String subject; // -
    private int gradeLevel; // -
    private BigDecimal passingScore; // -
    private BigDecimal maxScore; // -
    private Duration timeLimit; // -
    private String scoringRubric; // -
    private boolean proctored; // -
}

@Entity
public class ProctoringSession {
    @Id
    private Long id; // -
    private Long examAttemptId; // -
    private String webcamRecordingUrl; // PROCTORING
    private String screenRecordingUrl; // PROCTORING
    private String keystrokeLog; // PROCTORING
    private String gazeTrackingData; // PROCTORING
    private BigDecimal suspicionScore; // PROCTORING
    private String flaggedEvents; // PROCTORING
    private String roomScanVideo; // PROCTORING
    private byte[] faceEmbedding; // BIOMETRIC
    private String browserVersion; // -
    private String proctorVendor; // -
    private Instant startedAt; // -
}

public record TestScoreImportRow(
        String lastName, // NAME
        String firstName, // NAME
        String ssid, // STUDENT_ID
        String testName, // -
        String testScore, // ASSESSMENT_RESULT
        String performanceLevel, // ASSESSMENT_RESULT
        String testDate) { // -
}
