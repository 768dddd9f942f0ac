package edu.district.behavior;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.LocalDate;

@Entity
public class DisciplineIncident {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String incidentType; // DISCIPLINE
    private String incidentDescription; // DISCIPLINE
    private String disciplinaryAction; // DISCIPLINE
    private int suspensionDays; // DISCIPLINE
    private boolean expelled; // DISCIPLINE
    private String behaviorNotes; // DISCIPLINE
    private boolean policeInvolved; // CRIMINAL_RECORD
    private String location; // -
    private LocalDate incidentDate; // -
    private String reportedBy; // -
    private String witnessNames; // NAME
}

@Entity
public class BehaviorPolicy {
    @Id
    private Long id; // -
    private String name; // -
    private String description; // -
    private int maxSuspensionDays; // -
    private String incidentType; // -
    private boolean requiresParentMeeting; // -
}

@Entity
public class Staff {
    @Id
    private Long id; // -
    private String employeeNumber; // OTHER
    private String firstName; // NAME
    private String lastName; // NAME
    private String workEmail; // EMAIL
    private String personalPhone; // PHONE
    private String jobTitle; // -
    private String department; // -
    private String backgroundCheckStatus; // CRIMINAL_RECORD
    private String teachingLicenseNumber; // GOVERNMENT_ID
    private String unionMembership; // TRADE_UNION_MEMBERSHIP
    private java.math.BigDecimal salary; // INCOME
    private String bankAccountNumber; // FINANCIAL_ACCOUNT
    private String religion; // RELIGION
    private LocalDate hireDate; // -
    private boolean fullTime; // -
}

@Entity
public class Teacher {
    @Id
    private Long id; // -
    private String displayName; // NAME
    private String email; // EMAIL
    private String subjectArea; // -
    private String classroom; // -
    private String bio; // USER_CONTENT
    private String headshotUrl; // PHOTO
    private String certificationLevel; // -
}
