package edu.district.sis;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

@Entity
public class Guardian {
    @Id
    private Long id; // -
    private String fullName; // NAME
    private String relationship; // GUARDIAN_RELATIONSHIP
    private boolean custodial; // GUARDIAN_RELATIONSHIP
    private boolean livesWithStudent; // GUARDIAN_RELATIONSHIP
    private String emailAddress; // EMAIL
    private String mobilePhone; // PHONE
    private String workPhone; // PHONE
    private String mailingAddress; // POSTAL_ADDRESS
    private String postalCode; // POSTAL_ADDRESS
    private String employer; // OTHER
    private String preferredContactMethod; // -
    private boolean receivesMailings; // -
    private String householdIncome; // INCOME
    private String maritalStatus; // MARITAL_STATUS
    private String driversLicenseNumber; // GOVERNMENT_ID
    private String ssn; // GOVERNMENT_ID
    private String languagePreference; // -
    private int contactPriority; // -
    private boolean portalAccessEnabled; // -
    private String portalUsername; // USERNAME
    private String emailVerificationToken; // -
    private Instant lastLoginAt; // -
    private String lastLoginIp; // IP_ADDRESS
}

record EmergencyContact(
        String contactName, // NAME
        String contactPhone, // PHONE
        String relationshipToStudent, // GUARDIAN_RELATIONSHIP
        int priority, // -
        boolean authorizedForPickup) { // -
}
