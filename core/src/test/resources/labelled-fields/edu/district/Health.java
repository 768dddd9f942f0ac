package edu.district.health;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.List;

@Entity
public class StudentHealthRecord {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String allergies; // HEALTH
    private String medications; // HEALTH
    private String medicalConditions; // HEALTH
    private String diagnosis; // HEALTH
    private LocalDate lastPhysicalExam; // HEALTH
    private String immunizationStatus; // HEALTH
    private String bloodType; // HEALTH
    private boolean asthma; // HEALTH
    private boolean requiresEpiPen; // HEALTH
    private String dietaryRestrictions; // HEALTH
    private String nurseNotes; // HEALTH
    private String disability; // DISABILITY
    private String hearingImpairment; // DISABILITY
    private boolean usesWheelchair; // DISABILITY
    private String insuranceProvider; // HEALTH
    private String physicianName; // NAME
    private String physicianPhone; // PHONE
    private String recordType; // -
    private String formVersion; // -
}

@Entity
public class SpecialEducationPlan {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String iepGoals; // SPECIAL_EDUCATION
    private LocalDate iepReviewDate; // SPECIAL_EDUCATION
    private String accommodations; // SPECIAL_EDUCATION
    private String primaryDisabilityCategory; // DISABILITY
    private String relatedServices; // SPECIAL_EDUCATION
    private int specialEdMinutesPerWeek; // SPECIAL_EDUCATION
    private String caseManager; // -
    private String planStatus; // -
    private LocalDate meetingDate; // -
}

@Entity
public class CounselingSession {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String counselorNotes; // HEALTH
    private String mentalHealthConcerns; // HEALTH
    private boolean selfHarmRisk; // HEALTH
    private String referralReason; // HEALTH
    private LocalDate sessionDate; // -
    private int durationMinutes; // -
    private String room; // -
}

@Entity
public class Medication {
    @Id
    private Long id; // -
    private String name; // -
    private String dosageUnit; // -
    private String manufacturer; // -
    private boolean controlledSubstance; // -
}
