SET lock_timeout = '5s';
ALTER TABLE telemetry.readings_2024_03 ADD CONSTRAINT readings_2024_03_bound
    CHECK (recorded_at >= '2024-03-01' AND recorded_at < '2024-04-01') NOT VALID;
-- a CHECK on another column says nothing about the bound
ALTER TABLE telemetry.readings_2024_05 ADD CONSTRAINT readings_2024_05_positive CHECK (reading >= 0);
