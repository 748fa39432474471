DROP TABLE legacy_notes;
DROP TABLE orders;
DROP TABLE countries;
DROP TABLE users;
