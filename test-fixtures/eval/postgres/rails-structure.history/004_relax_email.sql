-- verdict: safe
SET lock_timeout = '10s';

-- verdict: safe
ALTER TABLE public.users ALTER COLUMN email DROP NOT NULL;

-- verdict: safe
ALTER TABLE public.users ALTER COLUMN email DROP DEFAULT;

-- verdict: safe
COMMENT ON COLUMN public.users.admin IS 'Grants access to the back office';

-- verdict: safe
GRANT SELECT ON public.users TO readonly;
