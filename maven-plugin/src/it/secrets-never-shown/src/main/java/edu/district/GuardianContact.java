package edu.district;

/** Sends report cards to guardians. */
public class GuardianContact {
    private static final String API_KEY = "JavaConst-Planted-14";
    private final String smtpPassword = "JavaField-Planted-15";
    private final String paymentKey = "sk_live_PLANTED16abcdefghijklmnop";
    private String email;
    private String homeAddress;
    private String dateOfBirth;

    public String toString() {
        return "GuardianContact " + email + " " + smtpPassword;
    }
}
