package edu.district.grades;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
public class GradeEntry {
    @Id
    private Long id; // -
    private Long studentId; // STUDENT_ID
    private Long assignmentId; // -
    private String grade; // GRADES
    private BigDecimal score; // ASSESSMENT_RESULT
    private BigDecimal pointsEarned; // GRADES
    private BigDecimal pointsPossible; // -
    private String letterGrade; // GRADES
    private boolean late; // -
    private boolean excused; // -
    private String teacherComment; // TEACHER_NOTES
    private LocalDate gradedOn; // -
    private Long gradedBy; // -
}

@Entity
public class Assignment {
    @Id
    private Long id; // -
    private String name; // -
    private String description; // -
    private LocalDate dueDate; // -
    private BigDecimal maxPoints; // -
    private String gradeCategory; // -
    private BigDecimal gradeWeight; // -
    private String rubricUrl; // -
}

@Entity
public class GradingScale {
    @Id
    private Long id; // -
    private String name; // -
    private String grade; // -
    private BigDecimal minPercent; // -
    private BigDecimal maxPercent; // -
    private String gradeScale; // -
}

@Entity
public class ReportCard {
    @Id
    private Long id; // -
    private String studentNumber; // STUDENT_ID
    private String term; // -
    private BigDecimal gpa; // GRADES
    private Integer classRank; // GRADES
    private String finalGrade; // GRADES
    private String conductMark; // DISCIPLINE
    private String narrativeComments; // TEACHER_NOTES
    private int daysAbsent; // ATTENDANCE
    private int daysTardy; // ATTENDANCE
    private boolean honorRoll; // GRADES
    private LocalDate issuedOn; // -
    private String templateName; // -
}

public record TranscriptDto(
        String studentName, // NAME
        String studentId, // STUDENT_ID
        String course, // -
        String courseCode, // -
        String markAwarded, // GRADES
        BigDecimal creditsEarned, // GRADES
        String schoolYear) { // -
}
