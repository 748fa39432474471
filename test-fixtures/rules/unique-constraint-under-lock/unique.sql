-- fixture: --select unique-constraint-under-lock
-- expect: unique-constraint-under-lock
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

-- expect: unique-constraint-under-lock
ALTER TABLE "public"."Account" ADD CONSTRAINT "Account_pkey" PRIMARY KEY ("id");

-- expect: unique-constraint-under-lock
ALTER TABLE room_bookings ADD CONSTRAINT no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);

-- expect: unique-constraint-under-lock
ALTER TABLE users ADD COLUMN username text UNIQUE;
