-- verdict: safe
CREATE TABLE organizers (id bigserial PRIMARY KEY, name varchar(100) NOT NULL, email varchar(255) NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);
-- verdict: safe
CREATE TABLE events (id bigserial PRIMARY KEY, organizer_id bigint NOT NULL, title varchar(200) NOT NULL, starts_at timestamp NOT NULL, capacity integer, status varchar(20) DEFAULT 'draft' NOT NULL, created_at timestamp(6) NOT NULL, updated_at timestamp(6) NOT NULL);
-- verdict: safe
CREATE INDEX index_events_on_organizer_id ON events (organizer_id);
-- verdict: safe
CREATE TABLE registrations (id bigserial PRIMARY KEY, event_id bigint NOT NULL, attendee_email varchar NOT NULL, seats integer DEFAULT 1 NOT NULL, created_at timestamp(6) NOT NULL);
-- verdict: safe
ALTER TABLE registrations ADD CONSTRAINT fk_rails_event FOREIGN KEY (event_id) REFERENCES events (id);
