package edu.district.attendance;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

@Entity
public class AttendanceRecord {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private LocalDate date; // -
    private String attendanceStatus; // ATTENDANCE
    private String absenceReason; // ATTENDANCE
    private boolean tardy; // ATTENDANCE
    private Instant checkInTime; // ATTENDANCE
    private Instant checkOutTime; // ATTENDANCE
    private String period; // -
    private String recordedBy; // -
    private boolean parentNotified; // -
}

@Entity
public class AttendanceCode {
    @Id
    private Long id; // -
    private String code; // -
    private String description; // -
    private boolean countsAsAbsence; // -
    private boolean excused; // -
}

@Entity
public class Enrollment {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private Long sectionId; // -
    private String enrollmentStatus; // ENROLLMENT
    private LocalDate entryDate; // ENROLLMENT
    private LocalDate exitDate; // ENROLLMENT
    private String exitReason; // ENROLLMENT
    private String previousSchool; // SCHOOL_ATTENDED
    private int expectedGraduationYear; // ENROLLMENT
    private String programCode; // -
}

@Entity
public class Section {
    @Id
    private Long id; // -
    private String name; // -
    private String room; // -
    private int capacity; // -
    private String schedule; // -
    private Long termId; // -
    private String gradeLevel; // -
}
