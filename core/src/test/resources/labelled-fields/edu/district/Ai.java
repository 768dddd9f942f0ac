package edu.district.ai;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;

@Entity
public class FaceLogin {
    @Id
    private Long id; // -
    private Long learnerId; // STUDENT_ID
    private byte[] faceTemplate; // BIOMETRIC
    private String fingerprintHash; // -
    private byte[] voiceprint; // BIOMETRIC
    private double matchThreshold; // -
    private String modelVersion; // -
    private Instant enrolledAt; // -
}

@Entity
public class EngagementSnapshot {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String detectedEmotion; // BIOMETRIC
    private double attentionScore; // LEARNING_ANALYTICS
    private String webcamFrameUrl; // PROCTORING
    private String facialExpression; // BIOMETRIC
    private Instant capturedAt; // -
    private String cameraResolution; // -
}

@Entity
public class TutorConversation {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String chatMessage; // USER_CONTENT
    private String modelResponse; // -
    private String promptTemplate; // -
    private int tokenCount; // -
    private String modelName; // -
    private double temperature; // -
}

@Entity
public class GeneticScreening {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private String dnaSample; // GENETIC
    private String geneticMarkers; // GENETIC
    private String labName; // -
}
