DROP TABLE devices;
DROP TABLE events;
DROP TYPE event_level;
