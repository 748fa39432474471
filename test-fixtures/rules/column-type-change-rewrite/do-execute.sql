-- fixture: --select column-type-change-rewrite
-- EXECUTE of a string literal in a DO block runs that SQL now
-- expect: column-type-change-rewrite
DO $$
BEGIN
    EXECUTE 'ALTER TABLE app.accounts ALTER COLUMN flags TYPE bigint';
END
$$;
-- doubled quotes inside the literal are undone
-- expect: column-type-change-rewrite
DO $$
BEGIN
    EXECUTE 'ALTER TABLE app.accounts ALTER COLUMN plan TYPE varchar(20) USING coalesce(plan, ''free'')';
END
$$;
-- a dynamic string is not known
DO $$
BEGIN
    EXECUTE 'ALTER TABLE ' || quote_ident('accounts') || ' ALTER COLUMN flags TYPE bigint';
END
$$;
-- a harmless statement stays harmless
DO $$
BEGIN
    EXECUTE 'COMMENT ON TABLE app.accounts IS ''user accounts''';
END
$$;
