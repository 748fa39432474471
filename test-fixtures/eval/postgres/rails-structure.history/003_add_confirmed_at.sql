-- verdict: hazard missing-lock-timeout
ALTER TABLE public.users ADD COLUMN confirmed_at timestamp(6) without time zone;
