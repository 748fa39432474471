-- fixture: --select prefer-timestamptz
-- expect: prefer-timestamptz
CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp NOT NULL, seen_at timestamptz);

-- expect: prefer-timestamptz
ALTER TABLE orders ADD COLUMN shipped_at timestamp(3) without time zone;

-- expect: prefer-timestamptz
ALTER TABLE "public"."Orders" ALTER COLUMN "PaidAt" TYPE TIMESTAMP;

CREATE TABLE logs (id bigint PRIMARY KEY, at timestamp with time zone DEFAULT now(), day date, t time);
ALTER TABLE orders ALTER COLUMN shipped_at TYPE timestamptz;
