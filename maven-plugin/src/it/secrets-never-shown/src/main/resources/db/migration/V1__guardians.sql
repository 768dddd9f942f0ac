CREATE TABLE guardian (
  id BIGINT PRIMARY KEY,
  email VARCHAR(200),
  api_token VARCHAR(64) DEFAULT 'SqlDefault-Planted-12',
  home_address TEXT
);
INSERT INTO service_account (name, password) VALUES ('sync', 'SqlInsert-Planted-13');
ALTER TABLE guardian ADD COLUMN date_of_birth DATE;
