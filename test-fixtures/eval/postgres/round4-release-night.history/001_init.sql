-- verdict: safe
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- verdict: safe
CREATE TYPE membership_tier AS ENUM ('bronze', 'silver', 'gold');

-- verdict: safe
CREATE TABLE members (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       varchar(320) NOT NULL,
    nickname    varchar(100),
    tier        membership_tier NOT NULL DEFAULT 'bronze',
    points      integer NOT NULL DEFAULT 0,
    score       numeric(10,2) NOT NULL DEFAULT 0,
    joined_at   timestamp NOT NULL DEFAULT now(),
    profile     text,
    referrer_id bigint
);

-- verdict: safe
CREATE TABLE bookings (
    id        bigint GENERATED ALWAYS AS IDENTITY,
    member_id bigint NOT NULL,
    room      integer NOT NULL,
    during    tstzrange NOT NULL,
    notes     text
);

-- verdict: safe
CREATE UNLOGGED TABLE booking_cache (
    booking_id bigint NOT NULL,
    payload    jsonb
);

-- verdict: safe
CREATE TABLE event_stream (
    id      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind    text NOT NULL,
    body    jsonb NOT NULL,
    seen_at timestamptz NOT NULL DEFAULT now()
);

-- verdict: safe
CREATE INDEX members_nickname_idx ON members (nickname);

-- verdict: safe
CREATE MATERIALIZED VIEW member_points AS SELECT tier, sum(points) AS points FROM members GROUP BY tier;
