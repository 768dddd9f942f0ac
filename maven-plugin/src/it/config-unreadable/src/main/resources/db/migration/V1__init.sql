CREATE TABLE applicant (
  email varchar(255) DEFAULT 'none
);
