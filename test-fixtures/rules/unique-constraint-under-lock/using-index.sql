-- fixture: --select unique-constraint-under-lock
-- The safe form: build the index concurrently, then attach it.
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;
ALTER TABLE "Account" ADD CONSTRAINT "Account_pkey" PRIMARY KEY USING INDEX "Account_id_idx";
