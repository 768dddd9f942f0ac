package edu.district.org;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class School {
    @Id
    private Long id; // -
    private String name; // -
    private String address; // -
    private String city; // -
    private String zipCode; // -
    private String phone; // -
    private String website; // -
    private String principalName; // NAME
    private String principalEmail; // EMAIL
    private String ncesId; // -
    private int lowestGrade; // -
    private int highestGrade; // -
    private String timeZone; // -
    private Double latitude; // -
    private Double longitude; // -
}

@Entity
public class District {
    @Id
    private Long id; // -
    private String name; // -
    private String stateCode; // -
    private String superintendentName; // NAME
    private String contactEmail; // -
    private String mailingAddress; // -
    private int enrollmentCount; // -
    private String lunchProgramName; // -
}

@Entity
public class NotificationSettings {
    @Id
    private Long id; // -
    private boolean emailEnabled; // -
    private String emailTemplate; // -
    private String emailSubject; // -
    private String smsTemplate; // -
    private String phoneNumberFormat; // -
    private String reminderEmailBody; // -
    private int maxEmailsPerDay; // -
    private String senderAddress; // -
    private String replyToEmail; // -
    private String attendanceAlertTemplate; // -
    private boolean gradeAlertsEnabled; // -
}

@Entity
public class ImportConfig {
    @Id
    private Long id; // -
    private String nameColumn; // -
    private String emailColumn; // -
    private String dobFormat; // -
    private String gradeMapping; // -
    private String delimiter; // -
    private boolean hasHeaderRow; // -
    private String encoding; // -
}

@Entity
public class GradeLevelDefinition {
    @Id
    private Long id; // -
    private String code; // -
    private String label; // -
    private int minAge; // -
    private int maxAge; // -
    private int sortOrder; // -
}
