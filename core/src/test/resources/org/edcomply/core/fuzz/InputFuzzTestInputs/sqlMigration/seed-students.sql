-- Flyway migration: the student table
CREATE TABLE IF NOT EXISTS public.student (
    id             BIGSERIAL PRIMARY KEY,
    first_name     VARCHAR(100) NOT NULL,
    last_name      VARCHAR(100) NOT NULL,
    "dateOfBirth"  DATE,
    email_verified BOOLEAN DEFAULT false,
    guardian_id    BIGINT REFERENCES guardian(id),
    notes          TEXT DEFAULT 'it''s fine; really',
    created_at     TIMESTAMP,
    CONSTRAINT student_name_uq UNIQUE (first_name, last_name)
);
/* a block comment: CREATE TABLE fake (ssn text); */
CREATE FUNCTION touch() RETURNS trigger AS $$
BEGIN
  CREATE TABLE inside_body (ssn text);
END;
$$ LANGUAGE plpgsql;
