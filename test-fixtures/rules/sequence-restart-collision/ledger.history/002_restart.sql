-- expect: sequence-restart-collision
ALTER SEQUENCE journal_no_seq RESTART WITH 1;
-- back to START: the same values again
-- expect: sequence-restart-collision
ALTER SEQUENCE entries_id_seq RESTART;
-- expect: sequence-restart-collision
ALTER SEQUENCE IF EXISTS public.journal_no_seq RESTART 1 CACHE 1;
-- moved past the ids in use: fine
ALTER SEQUENCE entries_id_seq RESTART WITH 1000000;
-- a sequence no column draws on
ALTER SEQUENCE invoice_counter RESTART;
-- other options
ALTER SEQUENCE journal_no_seq CACHE 20;
-- emptied in this migration: nothing to collide with
TRUNCATE imports;
ALTER SEQUENCE imports_id_seq RESTART;
