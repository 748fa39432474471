-- verdict: safe
SET lock_timeout = '10s';

-- verdict: safe
SET statement_timeout = '15min';

-- verdict: safe
ALTER TABLE public.users ADD COLUMN admin boolean DEFAULT false NOT NULL;

-- verdict: safe
CREATE INDEX CONCURRENTLY index_users_on_admin ON public.users USING btree (admin);
