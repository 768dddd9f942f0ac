package edu.district.misc;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
public class ClimateSurveyResponse {
    @Id
    private Long id; // -
    private Long respondentId; // -
    private String politicalAffiliation; // POLITICAL_OPINION
    private String religiousBelief; // RELIGION
    private String sexualOrientation; // SEXUAL_ORIENTATION
    private String genderIdentity; // GENDER
    private String familyIncomeBracket; // INCOME
    private String freeTextAnswer; // USER_CONTENT
    private String surveyVersion; // -
    private Instant submittedAt; // -
}

@Entity
public class TuitionPayment {
    @Id
    private Long id; // -
    private Long payerId; // -
    private String cardNumber; // PAYMENT_CARD
    private String cardholderName; // NAME
    private String cvv; // PAYMENT_CARD
    private String cardExpiry; // PAYMENT_CARD
    private String iban; // FINANCIAL_ACCOUNT
    private BigDecimal amount; // -
    private String currency; // -
    private String invoiceNumber; // -
    private String billingAddress; // POSTAL_ADDRESS
    private String paymentStatus; // -
}

@Entity
public class ExchangeStudentApplication {
    @Id
    private Long id; // -
    private String applicantName; // NAME
    private String passportNumber; // GOVERNMENT_ID
    private String nationality; // OTHER
    private LocalDate passportExpiry; // GOVERNMENT_ID
    private String hostFamilyAddress; // POSTAL_ADDRESS
    private String homeCountry; // IMPRECISE_LOCATION
    private String previousSchoolName; // SCHOOL_ATTENDED
    private String applicationStatus; // -
    private String essay; // USER_CONTENT
    private String criminalRecordCheck; // CRIMINAL_RECORD
}

@Entity
public class Message {
    @Id
    private Long id; // -
    private Long senderId; // -
    private Long recipientId; // -
    private String body; // USER_CONTENT
    private String subject; // -
    private boolean read; // -
    private Instant sentAt; // -
    private String attachmentUrl; // USER_CONTENT
    private String threadId; // -
}

@Entity
public class BusRoute {
    @Id
    private Long id; // -
    private String routeName; // -
    private String driverName; // NAME
    private String driverPhone; // PHONE
    private String stopAddress; // -
    private Double stopLatitude; // -
    private Double stopLongitude; // -
    private int capacity; // -
}

@Entity
public class StudentTransportation {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String pickupAddress; // POSTAL_ADDRESS
    private Double homeLatitude; // PRECISE_LOCATION
    private Double homeLongitude; // PRECISE_LOCATION
    private String busNumber; // -
    private String lastKnownLocation; // PRECISE_LOCATION
}

@Entity
public class AuditLog {
    @Id
    private Long id; // -
    private String action; // -
    private String entityType; // -
    private Long entityId; // -
    private String actorUsername; // USERNAME
    private String clientIp; // IP_ADDRESS
    private Instant at; // -
    private String changeSummary; // -
}
