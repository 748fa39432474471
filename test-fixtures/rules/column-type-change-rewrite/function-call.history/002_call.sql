-- A function created earlier in the history runs its ALTER where a statement calls it.
-- expect: column-type-change-rewrite
SELECT widen_flags();

-- Created in this file (language after the body, another dollar tag), then called in a FROM clause.
CREATE OR REPLACE FUNCTION retype_plan() RETURNS void AS $body$
BEGIN
    EXECUTE 'ALTER TABLE accounts ALTER COLUMN plan TYPE varchar(20)';
END
$body$ LANGUAGE plpgsql;
-- expect: column-type-change-rewrite
SELECT * FROM retype_plan();

-- A procedure, called by CALL; a function it calls in turn.
CREATE FUNCTION retype_note() RETURNS void LANGUAGE sql AS $$ ALTER TABLE accounts ALTER COLUMN note TYPE int USING length(note) $$;
CREATE PROCEDURE migrate() LANGUAGE plpgsql AS $$BEGIN PERFORM retype_note(); END$$;
-- expect: column-type-change-rewrite
CALL migrate();

-- A trigger function runs per row of other statements, not when created; a language miglint does not read is
-- not analysed; a function nobody calls runs nothing.
CREATE FUNCTION on_change() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN ALTER TABLE accounts ALTER COLUMN id TYPE bigint; RETURN NEW; END$$;
CREATE FUNCTION py_retype() RETURNS void LANGUAGE plpython3u AS $$plpy.execute("ALTER TABLE accounts ALTER COLUMN id TYPE bigint")$$;
SELECT py_retype();
CREATE FUNCTION never_called() RETURNS void LANGUAGE sql AS $$ ALTER TABLE accounts ALTER COLUMN id TYPE bigint $$;
SELECT 1;
