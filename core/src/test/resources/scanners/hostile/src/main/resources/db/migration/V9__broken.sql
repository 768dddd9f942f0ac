CREATE TABLE parent (
  email varchar(255) DEFAULT 'oops
);
