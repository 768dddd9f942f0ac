package org.edcomply.core.scan.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnClassifierTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            first_name        | varchar(100) | NAME
            lastName          | varchar(100) | NAME
            DATE_OF_BIRTH     | date         | DATE_OF_BIRTH
            dob               | date         | DATE_OF_BIRTH
            parent_email      | varchar(255) | EMAIL
            mac_address       | varchar(17)  | DEVICE_ID
            smtp_host_address | varchar(100) | -
            last_login        | timestamp    | -
            email             | varchar(255) | EMAIL
            email_address     | varchar(255) | EMAIL
            email_verified    | boolean      | -
            is_minor          | boolean      | -
            phone_number      | varchar(20)  | PHONE
            home_address      | text         | POSTAL_ADDRESS
            ip_address        | inet         | IP_ADDRESS
            grade_level       | int          | GRADE_LEVEL
            grade             | varchar(2)   | GRADES
            student_number    | varchar(20)  | STUDENT_ID
            student_id        | bigint       | -
            guardian_id       | bigint       | -
            sis_id            | varchar(20)  | STUDENT_ID
            allergy_notes     | text         | HEALTH
            iep_plan          | text         | SPECIAL_EDUCATION
            iep_plan          | boolean      | -
            ethnicity         | varchar(50)  | RACE_ETHNICITY
            free_lunch_status | varchar(10)  | FREE_LUNCH_ELIGIBILITY
            face_template     | bytea        | BIOMETRIC
            created_at        | timestamp    | -
            notes             | text         | -
            course_code       | varchar(10)  | -
            """)
    void classifiesColumnsByName(String column, String type, String category) {
        assertEquals(category, ColumnClassifier.classify(column, type).map(m -> m.category().name()).orElse(null));
    }
}
