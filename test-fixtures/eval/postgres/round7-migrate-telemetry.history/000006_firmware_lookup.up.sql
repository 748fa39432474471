-- verdict: safe
SET lock_timeout = '5s';

-- verdict: safe
CREATE TABLE firmware_releases (
    version varchar(32) PRIMARY KEY,
    released_on date NOT NULL
);

-- verdict: safe
INSERT INTO firmware_releases (version, released_on)
VALUES ('3.1.0', DATE '2024-03-01'), ('3.2.0', DATE '2024-06-15');

-- verdict: safe
ALTER TABLE devices ADD CONSTRAINT devices_firmware_fk
    FOREIGN KEY (firmware) REFERENCES firmware_releases (version) NOT VALID;
