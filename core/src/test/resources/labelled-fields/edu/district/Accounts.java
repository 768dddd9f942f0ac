package edu.district.accounts;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class UserAccount {
    @Id
    private Long id; // -
    private String username; // USERNAME
    private String email; // EMAIL
    private String password; // CREDENTIALS
    private String passwordHash; // -
    private String passwordResetToken; // -
    private Instant passwordChangedAt; // -
    private String securityAnswer; // CREDENTIALS
    private boolean emailVerified; // -
    private boolean mfaEnabled; // -
    private String role; // -
    private String locale; // -
    private String timeZone; // -
    private Instant lastLoginAt; // -
    private String lastLoginIp; // IP_ADDRESS
    private int failedLoginAttempts; // -
}

@Entity
public class DeviceRegistration {
    @Id
    private Long id; // -
    private Long userId; // -
    private String deviceId; // DEVICE_ID
    private String advertisingId; // DEVICE_ID
    private String macAddress; // DEVICE_ID
    private String pushToken; // -
    private String deviceModel; // -
    private String osVersion; // -
    private String ipAddress; // IP_ADDRESS
    private Double latitude; // PRECISE_LOCATION
    private Double longitude; // PRECISE_LOCATION
    private String country; // IMPRECISE_LOCATION
    private Instant registeredAt; // -
}

@Entity
public class WebSession {
    @Id
    private String id; // -
    private Long userId; // -
    private String cookieId; // COOKIE_ID
    private String remoteAddr; // IP_ADDRESS
    private String userAgent; // DEVICE_ID
    private String browsingHistory; // BROWSING_BEHAVIOR
    private Instant expiresAt; // -
    private String csrfToken; // -
}

@Entity
public class Server {
    @Id
    private Long id; // -
    private String hostname; // -
    private String ipAddress; // -
    private int port; // -
    private String region; // -
    private String sshKeyFingerprint; // -
}
