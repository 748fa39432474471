-- fixture: --select sequence-narrowing
-- expect: sequence-narrowing
ALTER SEQUENCE legacy_order_no_seq AS integer;
-- expect: sequence-narrowing
ALTER SEQUENCE IF EXISTS public.ticket_no_seq AS int2;
ALTER SEQUENCE legacy_order_no_seq AS bigint;
ALTER SEQUENCE legacy_order_no_seq CACHE 20;
ALTER SEQUENCE legacy_order_no_seq RENAME TO order_no_seq;
-- a sequence created in this migration has handed out nothing
CREATE SEQUENCE badge_no_seq;
ALTER SEQUENCE badge_no_seq AS integer;
