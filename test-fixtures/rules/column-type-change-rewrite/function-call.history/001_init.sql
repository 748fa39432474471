-- fixture: --select column-type-change-rewrite
CREATE TABLE accounts (id int PRIMARY KEY, flags int, plan text, note text);
-- Creating a function runs nothing.
CREATE FUNCTION widen_flags() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    ALTER TABLE accounts ALTER COLUMN flags TYPE bigint;
END
$$;
