ALTER TABLE student ADD COLUMN allergy_notes text, ADD COLUMN iep_plan boolean;
ALTER TABLE student RENAME COLUMN notes TO teacher_notes;
ALTER TABLE guardian ADD phone_number varchar(20);
CREATE INDEX student_dob ON student ("dateOfBirth");
