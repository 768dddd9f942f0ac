package edu.district.learning;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Duration;
import java.time.Instant;

@Entity
public class LearningEvent {
    @Id
    private Long id; // -
    private Long learnerId; // STUDENT_ID
    private String eventType; // -
    private String activityId; // -
    private Duration timeOnTask; // LEARNING_ANALYTICS
    private int attemptCount; // LEARNING_ANALYTICS
    private int hintsUsed; // LEARNING_ANALYTICS
    private double engagementScore; // LEARNING_ANALYTICS
    private double masteryLevel; // ASSESSMENT_RESULT
    private String clickstream; // BROWSING_BEHAVIOR
    private Instant occurredAt; // -
    private String appVersion; // -
}

public record ReadingSession(
        Long learnerId, // STUDENT_ID
        String bookId, // -
        Instant startedAt, // -
        Duration length, // -
        int wordsCorrect, // LEARNING_ANALYTICS
        int wordsAttempted, // LEARNING_ANALYTICS
        String audioRecordingUri) { // VOICE_RECORDING
}

@Entity
public class Book {
    @Id
    private Long id; // -
    private String title; // -
    private String author; // -
    private String isbn; // -
    private int readingLevel; // -
    private String coverImageUrl; // -
    private int pageCount; // -
}

@Entity
public class LessonProgress {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private Long lessonId; // -
    private int progressPercent; // LEARNING_ANALYTICS
    private boolean completed; // -
    private Instant lastActivityAt; // LEARNING_ANALYTICS
    private String journalEntry; // USER_CONTENT
    private String voiceNoteUrl; // VOICE_RECORDING
}

@Entity
public class Course {
    @Id
    private Long id; // -
    private String name; // -
    private String code; // -
    private String description; // -
    private int credits; // -
    private String department; // -
    private String syllabusUrl; // -
    private String language; // -
}
