package dev.miglint.oracle;

import dev.miglint.oracle.Scenario.Dialect;
import dev.miglint.oracle.Scenario.Step;
import dev.miglint.oracle.Scenario.Wrapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/** Draws reproducible scenarios (same seed, same scenario) from a grammar of migration forms. */
public final class ScenarioGenerator {

    /** Rows in the big tables: enough that a scan or rewrite is real work, small enough for CI. */
    public static final int BIG_ROWS = 4000;

    public static final List<String> POSTGRES_BASE = List.of(
            "CREATE TYPE mood AS ENUM ('ok', 'sad')",
            "CREATE DOMAIN posint AS int CHECK (VALUE >= 0)",
            "CREATE TABLE cats (id int PRIMARY KEY, title text NOT NULL)",
            "CREATE TABLE items (id int PRIMARY KEY, cat_id int REFERENCES cats (id), name text NOT NULL,"
                    + " qty posint, price numeric(10,2) CHECK (price >= 0), email varchar(100), note text,"
                    + " m mood DEFAULT 'ok', total numeric GENERATED ALWAYS AS (qty * price) STORED)",
            "CREATE UNIQUE INDEX items_email ON items (email) WHERE email IS NOT NULL",
            "CREATE INDEX items_cat ON items (cat_id)",
            "CREATE VIEW items_v AS SELECT id, name FROM items",
            "CREATE MATERIALIZED VIEW items_mv AS SELECT cat_id, count(*) AS n FROM items GROUP BY cat_id",
            "CREATE UNIQUE INDEX items_mv_cat ON items_mv (cat_id)",
            "CREATE MATERIALIZED VIEW cats_mv AS SELECT id, title FROM cats",
            "CREATE TABLE events (id int NOT NULL, at date NOT NULL, payload text) PARTITION BY RANGE (at)",
            "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
            "CREATE TABLE events_default PARTITION OF events DEFAULT",
            "CREATE TABLE logs (id int NOT NULL, at date NOT NULL) PARTITION BY RANGE (at)",
            "CREATE TABLE logs_2024 PARTITION OF logs FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
            "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN NEW.note := coalesce(NEW.note, '');"
                    + " RETURN NEW; END$$",
            "CREATE TRIGGER items_touch BEFORE UPDATE ON items FOR EACH ROW EXECUTE FUNCTION touch()",
            "CREATE FUNCTION rnd_code() RETURNS text LANGUAGE sql AS $$SELECT md5(random()::text)$$",
            "CREATE FUNCTION const_code() RETURNS text IMMUTABLE LANGUAGE sql AS $$SELECT 'x'::text$$",
            "INSERT INTO cats SELECT g, 'cat ' || g FROM generate_series(1, 20) g",
            "INSERT INTO items (id, cat_id, name, qty, price, email, note) SELECT g, 1 + g % 20, 'item ' || g, g % 50,"
                    + " g % 90, CASE WHEN g % 3 = 0 THEN 'u' || g || '@x.test' END, CASE WHEN g % 2 = 0 THEN 'n' END"
                    + " FROM generate_series(1, " + BIG_ROWS + ") g",
            // 2022-2023 go to the DEFAULT partition (two thirds of the rows, big enough to count as work), 2024 to its own
            "INSERT INTO events SELECT g, DATE '2022-01-01' + g % 1096, 'p' FROM generate_series(1, " + BIG_ROWS + ") g",
            "INSERT INTO logs SELECT g, DATE '2024-01-01' + g % 300 FROM generate_series(1, " + BIG_ROWS + ") g",
            // tables of the session 5 forms: columns no view or generated column depends on, so a type change runs
            "CREATE TABLE accounts (id int PRIMARY KEY, code varchar(40) NOT NULL, at timestamp, amount numeric(10,2)"
                    + " CHECK (amount >= 0), span interval, memo text)",
            "CREATE INDEX accounts_code ON accounts (code)",
            "CREATE TABLE transfers (id int PRIMARY KEY, account_id int NOT NULL REFERENCES accounts (id), id2 int)",
            "INSERT INTO accounts SELECT g, 'a' || g, TIMESTAMP '2024-01-01' + g * INTERVAL '1 hour', g % 90,"
                    + " g * INTERVAL '1 second', 'm' FROM generate_series(1, " + BIG_ROWS + ") g",
            "INSERT INTO transfers SELECT g, 1 + g % 100, g FROM generate_series(1, " + BIG_ROWS + ") g",
            "REFRESH MATERIALIZED VIEW items_mv",
            "REFRESH MATERIALIZED VIEW cats_mv",
            "ANALYZE");

    public static final List<String> SQLITE_BASE = List.of(
            "PRAGMA foreign_keys = ON",
            "CREATE TABLE cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL)",
            "CREATE TABLE items (id INTEGER PRIMARY KEY, cat_id INTEGER REFERENCES cats (id), name TEXT NOT NULL,"
                    + " qty INTEGER CHECK (qty >= 0), email TEXT, note TEXT)",
            "CREATE UNIQUE INDEX items_email ON items (email) WHERE email IS NOT NULL",
            "CREATE VIEW items_v AS SELECT id, name FROM items",
            "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 20)"
                    + " INSERT INTO cats SELECT n, 'cat ' || n FROM g",
            "WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < " + BIG_ROWS + ")"
                    + " INSERT INTO items SELECT n, 1 + n % 20, 'item ' || n, n % 50,"
                    + " CASE WHEN n % 3 = 0 THEN 'u' || n END, CASE WHEN n % 2 = 0 THEN 'n' END FROM g");

    private record Form(String name, Function<Integer, List<String>> sql) {}

    private static Form form(String name, String... sql) {
        return new Form(name, n -> List.of(sql).stream().map(s -> s.replace("#", String.valueOf(n))).toList());
    }

    private static final List<Form> POSTGRES_FORMS = List.of(
            form("ADD COLUMN nullable", "ALTER TABLE items ADD COLUMN c# int"),
            form("ADD COLUMN constant default", "ALTER TABLE items ADD COLUMN c# int DEFAULT 5"),
            form("ADD COLUMN volatile default", "ALTER TABLE items ADD COLUMN c# text DEFAULT md5(random()::text)"),
            form("ADD COLUMN default now()", "ALTER TABLE items ADD COLUMN c# timestamptz DEFAULT now()"),
            form("ADD COLUMN default user function (volatile)", "ALTER TABLE items ADD COLUMN c# text DEFAULT rnd_code()"),
            form("ADD COLUMN default user function (immutable)", "ALTER TABLE items ADD COLUMN c# text DEFAULT const_code()"),
            form("ADD COLUMN NOT NULL without default", "ALTER TABLE items ADD COLUMN c# int NOT NULL"),
            form("ADD COLUMN json", "ALTER TABLE items ADD COLUMN c# json"),
            form("ADD COLUMN generated stored", "ALTER TABLE items ADD COLUMN c# int GENERATED ALWAYS AS (qty + 1) STORED"),
            form("ALTER TYPE varchar->text", "ALTER TABLE items ALTER COLUMN email TYPE text"),
            form("ALTER TYPE varchar widen", "ALTER TABLE items ALTER COLUMN email TYPE varchar(200)"),
            form("ALTER TYPE varchar narrow", "ALTER TABLE items ALTER COLUMN email TYPE varchar(50)"),
            form("ALTER TYPE text->varchar", "ALTER TABLE items ALTER COLUMN note TYPE varchar(300)"),
            form("ALTER TYPE int->bigint", "ALTER TABLE items ALTER COLUMN cat_id TYPE bigint"),
            form("ALTER TYPE numeric widen", "ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2)"),
            form("ALTER TYPE numeric scale", "ALTER TABLE items ALTER COLUMN price TYPE numeric(10,3)"),
            form("ALTER TYPE text->int USING", "ALTER TABLE items ALTER COLUMN note TYPE int USING length(note)"),
            form("SET NOT NULL (has nulls)", "ALTER TABLE items ALTER COLUMN note SET NOT NULL"),
            form("SET NOT NULL (no nulls)", "ALTER TABLE items ALTER COLUMN cat_id SET NOT NULL"),
            form("DROP NOT NULL", "ALTER TABLE items ALTER COLUMN name DROP NOT NULL"),
            form("SET DEFAULT", "ALTER TABLE items ALTER COLUMN qty SET DEFAULT 1"),
            form("DROP DEFAULT", "ALTER TABLE items ALTER COLUMN m DROP DEFAULT"),
            form("SET STATISTICS", "ALTER TABLE items ALTER COLUMN name SET STATISTICS 200"),
            form("ADD CHECK", "ALTER TABLE items ADD CONSTRAINT ck# CHECK (qty < 1000000)"),
            form("ADD CHECK NOT VALID", "ALTER TABLE items ADD CONSTRAINT ck# CHECK (qty < 1000000) NOT VALID"),
            form("ADD CHECK NOT VALID + VALIDATE", "ALTER TABLE items ADD CONSTRAINT ck# CHECK (qty < 1000000) NOT VALID",
                    "ALTER TABLE items VALIDATE CONSTRAINT ck#"),
            form("ADD FOREIGN KEY", "ALTER TABLE items ADD CONSTRAINT fk# FOREIGN KEY (cat_id) REFERENCES cats (id)"),
            form("ADD FOREIGN KEY NOT VALID + VALIDATE",
                    "ALTER TABLE items ADD CONSTRAINT fk# FOREIGN KEY (cat_id) REFERENCES cats (id) NOT VALID",
                    "ALTER TABLE items VALIDATE CONSTRAINT fk#"),
            form("ADD UNIQUE", "ALTER TABLE items ADD CONSTRAINT uq# UNIQUE (id, name)"),
            form("ADD UNIQUE USING INDEX", "CREATE UNIQUE INDEX CONCURRENTLY ux# ON items (id, qty)",
                    "ALTER TABLE items ADD CONSTRAINT uq# UNIQUE USING INDEX ux#"),
            form("CREATE INDEX", "CREATE INDEX ix# ON items (name)"),
            form("CREATE INDEX partial", "CREATE INDEX ix# ON items (qty) WHERE qty > 10"),
            form("CREATE UNIQUE INDEX", "CREATE UNIQUE INDEX ix# ON items (id, name)"),
            form("CREATE INDEX CONCURRENTLY", "CREATE INDEX CONCURRENTLY ix# ON items (name)"),
            form("CREATE INDEX on partitioned", "CREATE INDEX ix# ON events (at)"),
            form("CREATE INDEX CONCURRENTLY on partitioned", "CREATE INDEX CONCURRENTLY ix# ON events (at)"),
            form("CREATE INDEX on new table", "CREATE TABLE n# (id int PRIMARY KEY, v text)", "CREATE INDEX ix# ON n# (v)"),
            form("DROP INDEX", "DROP INDEX items_cat"),
            form("DROP INDEX CONCURRENTLY", "DROP INDEX CONCURRENTLY items_cat"),
            form("RENAME COLUMN", "ALTER TABLE items RENAME COLUMN name TO title"),
            form("RENAME TABLE", "ALTER TABLE items RENAME TO products"),
            form("RENAME TABLE + compat view", "ALTER TABLE cats RENAME TO categories",
                    "CREATE VIEW cats AS SELECT * FROM categories"),
            form("RENAME INDEX", "ALTER INDEX items_cat RENAME TO items_cat_idx"),
            form("DROP COLUMN used", "ALTER TABLE items DROP COLUMN note"),
            form("DROP TABLE used", "DROP TABLE cats CASCADE"),
            form("DROP TABLE new", "CREATE TABLE n# (id int)", "DROP TABLE n#"),
            form("DROP VIEW used", "DROP VIEW items_v"),
            form("DROP MATERIALIZED VIEW used", "DROP MATERIALIZED VIEW items_mv"),
            form("CREATE OR REPLACE VIEW add column", "CREATE OR REPLACE VIEW items_v AS SELECT id, name, qty FROM items"),
            form("CREATE OR REPLACE VIEW change type",
                    "CREATE OR REPLACE VIEW items_v AS SELECT id, name::varchar(20) AS name FROM items"),
            form("CREATE OR REPLACE VIEW rename column",
                    "CREATE OR REPLACE VIEW items_v AS SELECT id, name AS label FROM items"),
            form("REFRESH MATERIALIZED VIEW", "REFRESH MATERIALIZED VIEW items_mv"),
            form("REFRESH MATERIALIZED VIEW CONCURRENTLY", "REFRESH MATERIALIZED VIEW CONCURRENTLY items_mv"),
            form("REFRESH CONCURRENTLY without unique index", "REFRESH MATERIALIZED VIEW CONCURRENTLY cats_mv"),
            form("REFRESH WITH NO DATA", "REFRESH MATERIALIZED VIEW items_mv WITH NO DATA"),
            form("REINDEX TABLE", "REINDEX TABLE items"),
            form("REINDEX (CONCURRENTLY)", "REINDEX (CONCURRENTLY) TABLE items"),
            form("REINDEX (CONCURRENTLY false)", "REINDEX (CONCURRENTLY false) TABLE items"),
            form("VACUUM", "VACUUM items"),
            form("VACUUM (FULL)", "VACUUM (FULL) items"),
            form("VACUUM (FULL false)", "VACUUM (FULL false) items"),
            form("VACUUM (FULL off, ANALYZE)", "VACUUM (FULL off, ANALYZE) items"),
            form("CLUSTER", "CLUSTER items USING items_pkey"),
            form("ANALYZE", "ANALYZE items"),
            form("INSERT .. SELECT small", "INSERT INTO cats SELECT id + 1000, title FROM cats"),
            form("INSERT .. SELECT into new table", "CREATE TABLE n# (id int, name text)",
                    "INSERT INTO n# SELECT id, name FROM items"),
            form("UPDATE by key", "UPDATE items SET qty = qty + 1 WHERE id = 7"),
            form("UPDATE range small", "UPDATE items SET qty = qty + 1 WHERE id < 50"),
            form("UPDATE unbounded", "UPDATE items SET qty = qty + 1"),
            form("UPDATE IS NOT NULL on NOT NULL column", "UPDATE items SET qty = qty + 1 WHERE name IS NOT NULL"),
            form("UPDATE tautology", "UPDATE items SET qty = qty + 1 WHERE 1 = 1"),
            form("UPDATE backfill batch", "UPDATE items SET note = 'b' WHERE id BETWEEN 1 AND 100 AND note IS NULL"),
            form("DELETE by key", "DELETE FROM items WHERE id = 9"),
            form("DELETE unbounded", "DELETE FROM items"),
            form("DELETE tautology", "DELETE FROM items WHERE true"),
            form("TRUNCATE", "TRUNCATE items CASCADE"),
            form("LOCK ACCESS EXCLUSIVE then UPDATE", "LOCK TABLE cats IN ACCESS EXCLUSIVE MODE",
                    "UPDATE items SET qty = qty + 1 WHERE qty >= 0"),
            form("LOCK SHARE then CREATE INDEX CONCURRENTLY-free work", "LOCK TABLE cats IN SHARE MODE",
                    "ALTER TABLE items ADD CONSTRAINT ck# CHECK (qty < 1000000)"),
            form("ADD COLUMN then backfill", "ALTER TABLE items ADD COLUMN c# int", "UPDATE items SET c# = qty"),
            form("LOCK ROW EXCLUSIVE", "LOCK TABLE items IN ROW EXCLUSIVE MODE"),
            form("DO block DDL", "DO $$BEGIN ALTER TABLE items ADD COLUMN c# int DEFAULT 1; END$$"),
            form("DO block rewrite", "DO $$BEGIN ALTER TABLE items ALTER COLUMN cat_id TYPE bigint; END$$"),
            form("DO block backfill", "DO $$BEGIN UPDATE items SET qty = qty; END$$"),
            form("function called by SELECT (rewrite)",
                    "CREATE FUNCTION mig#() RETURNS void LANGUAGE plpgsql AS $$BEGIN ALTER TABLE items ALTER COLUMN"
                            + " cat_id TYPE bigint; END$$",
                    "SELECT mig#()"),
            form("function called by SELECT (harmless)",
                    "CREATE FUNCTION mig#() RETURNS int LANGUAGE sql AS $$SELECT 1$$", "SELECT mig#()"),
            form("ATTACH PARTITION with DEFAULT", "CREATE TABLE events_2025 (LIKE events)",
                    "ALTER TABLE events ATTACH PARTITION events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"),
            form("PARTITION OF with DEFAULT",
                    "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"),
            form("PARTITION OF without DEFAULT",
                    "CREATE TABLE logs_2026 PARTITION OF logs FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')"),
            form("DETACH PARTITION", "ALTER TABLE logs DETACH PARTITION logs_2024"),
            form("DETACH CONCURRENTLY with DEFAULT", "ALTER TABLE events DETACH PARTITION events_2024 CONCURRENTLY"),
            form("ADD VALUE to enum", "ALTER TYPE mood ADD VALUE 'meh'"),
            form("domain ADD CHECK", "ALTER DOMAIN posint ADD CONSTRAINT pc# CHECK (VALUE < 1000000)"),
            form("CREATE TABLE", "CREATE TABLE n# (id bigint PRIMARY KEY, cat_id int REFERENCES cats (id))"),
            form("DISABLE TRIGGER", "ALTER TABLE items DISABLE TRIGGER items_touch"),
            form("SET (fillfactor)", "ALTER TABLE items SET (fillfactor = 80)"),
            form("SET LOGGED/UNLOGGED", "ALTER TABLE items SET UNLOGGED"),
            form("CREATE OR REPLACE VIEW same types spelled otherwise",
                    "CREATE OR REPLACE VIEW items_v AS SELECT id::int4 AS id, name::text AS name, qty FROM items"),
            form("CREATE OR REPLACE VIEW drop column", "CREATE OR REPLACE VIEW items_v AS SELECT id FROM items"),
            form("CREATE OR REPLACE VIEW of a star view changes type", "CREATE VIEW v# AS SELECT * FROM cats",
                    "CREATE OR REPLACE VIEW v# AS SELECT id, title::varchar(10) AS title FROM cats"),
            form("function called by SELECT (unbounded UPDATE)",
                    "CREATE FUNCTION mig#() RETURNS void LANGUAGE sql AS $$UPDATE items SET qty = qty$$", "SELECT mig#()"),
            form("procedure called by CALL (DELETE)",
                    "CREATE PROCEDURE mig#() LANGUAGE plpgsql AS $$BEGIN DELETE FROM logs; END$$", "CALL mig#()"),
            form("function called by SELECT (index build)",
                    "CREATE FUNCTION mig#() RETURNS void LANGUAGE plpgsql AS $$BEGIN CREATE INDEX ix# ON items (name); END$$",
                    "SELECT mig#()"),
            form("function created, not called",
                    "CREATE FUNCTION mig#() RETURNS void LANGUAGE plpgsql AS $$BEGIN ALTER TABLE items ALTER COLUMN"
                            + " cat_id TYPE bigint; END$$"),
            form("INSERT .. SELECT big into existing table", "INSERT INTO cats SELECT id + 100, name FROM items"),
            form("INSERT .. SELECT big into existing table, narrowed",
                    "INSERT INTO cats SELECT id + 100, name FROM items WHERE id < 50"));

    /**
     * Sessions 5-6 (issue 12): forms across type families, constraints, identity, storage, lock_timeout and DML with
     * joins, drawn like the forms above; {@code WiderGrammarFormsTest} checks the engine runs each on the base schema.
     */
    private static final List<Form> WIDER_POSTGRES_FORMS = List.of(
            form("ALTER TYPE int->text", "ALTER TABLE transfers ALTER COLUMN id2 TYPE text"),
            form("ALTER TYPE int->bigint (FK referenced)", "ALTER TABLE accounts ALTER COLUMN id TYPE bigint"),
            form("ALTER TYPE int->bigint (indexed)", "ALTER TABLE transfers ALTER COLUMN account_id TYPE bigint"),
            form("ALTER TYPE timestamp->timestamptz", "ALTER TABLE accounts ALTER COLUMN at TYPE timestamptz"),
            form("ALTER TYPE text->int USING (unindexed)",
                    "ALTER TABLE accounts ALTER COLUMN memo TYPE int USING length(memo)"),
            form("ALTER TYPE interval precision", "ALTER TABLE accounts ALTER COLUMN span TYPE interval(0)"),
            form("ALTER TYPE numeric unconstrained", "ALTER TABLE accounts ALTER COLUMN amount TYPE numeric"),
            form("ALTER TYPE numeric narrow", "ALTER TABLE accounts ALTER COLUMN amount TYPE numeric(8,2)"),
            form("ALTER TYPE varchar->text (indexed)", "ALTER TABLE accounts ALTER COLUMN code TYPE text"),
            form("ALTER TYPE with CHECK", "ALTER TABLE accounts ALTER COLUMN amount TYPE numeric(14,2)"),
            form("ADD PRIMARY KEY", "CREATE TABLE t# AS SELECT id, name FROM items", "ALTER TABLE t# ADD PRIMARY KEY (id)"),
            form("ADD PRIMARY KEY USING INDEX (nullable column)", "CREATE TABLE t# AS SELECT id, name FROM items",
                    "CREATE UNIQUE INDEX CONCURRENTLY ux# ON t# (id)", "ALTER TABLE t# ADD PRIMARY KEY USING INDEX ux#"),
            form("ADD IDENTITY", "ALTER TABLE cats ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY"),
            form("ADD COLUMN identity", "ALTER TABLE items ADD COLUMN c# bigint GENERATED ALWAYS AS IDENTITY"),
            form("DROP EXPRESSION", "ALTER TABLE items ALTER COLUMN total DROP EXPRESSION"),
            form("SET STORAGE", "ALTER TABLE items ALTER COLUMN note SET STORAGE EXTERNAL"),
            form("SET COMPRESSION", "ALTER TABLE items ALTER COLUMN note SET COMPRESSION pglz"),
            form("DROP CONSTRAINT", "ALTER TABLE items DROP CONSTRAINT items_price_check"),
            form("DROP FOREIGN KEY", "ALTER TABLE items DROP CONSTRAINT items_cat_id_fkey"),
            form("RENAME CONSTRAINT", "ALTER TABLE items RENAME CONSTRAINT items_price_check TO items_price_ck"),
            form("ALTER CONSTRAINT DEFERRABLE", "ALTER TABLE items ALTER CONSTRAINT items_cat_id_fkey DEFERRABLE"),
            form("ADD EXCLUDE", "ALTER TABLE items ADD CONSTRAINT ex# EXCLUDE USING btree (id WITH =)"),
            form("SET SCHEMA", "CREATE SCHEMA s#", "ALTER TABLE cats SET SCHEMA s#"),
            form("SET TABLESPACE", "ALTER TABLE items SET TABLESPACE pg_default"),
            form("REPLICA IDENTITY FULL", "ALTER TABLE items REPLICA IDENTITY FULL"),
            form("ENABLE ROW LEVEL SECURITY", "ALTER TABLE items ENABLE ROW LEVEL SECURITY"),
            form("CLUSTER ON", "ALTER TABLE items CLUSTER ON items_pkey"),
            form("INHERIT / NO INHERIT", "CREATE TABLE t# (id int NOT NULL, title text NOT NULL)", "ALTER TABLE t# INHERIT cats",
                    "ALTER TABLE t# NO INHERIT cats"),
            form("domain ADD CHECK NOT VALID + VALIDATE",
                    "ALTER DOMAIN posint ADD CONSTRAINT pc# CHECK (VALUE < 1000000) NOT VALID",
                    "ALTER DOMAIN posint VALIDATE CONSTRAINT pc#"),
            form("CREATE TRIGGER", "CREATE TRIGGER tr# BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION touch()"),
            form("ENABLE TRIGGER", "ALTER TABLE items ENABLE TRIGGER items_touch"),
            form("CREATE INDEX expression", "CREATE INDEX ix# ON items (lower(name))"),
            form("CREATE INDEX INCLUDE", "CREATE INDEX ix# ON items (cat_id) INCLUDE (qty)"),
            form("CREATE INDEX CONCURRENTLY expression", "CREATE INDEX CONCURRENTLY ix# ON items (lower(name))"),
            form("REINDEX INDEX", "REINDEX INDEX items_cat"),
            form("REINDEX INDEX CONCURRENTLY", "REINDEX INDEX CONCURRENTLY items_cat"),
            form("ALTER INDEX SET (fillfactor)", "ALTER INDEX items_cat SET (fillfactor = 70)"),
            form("ALTER SEQUENCE", "CREATE SEQUENCE sq#", "ALTER SEQUENCE sq# RESTART WITH 100 INCREMENT BY 2"),
            form("UPDATE .. FROM", "UPDATE items SET note = c.title FROM cats c WHERE c.id = items.cat_id"),
            form("UPDATE .. FROM by key", "UPDATE items SET note = c.title FROM cats c WHERE c.id = items.cat_id"
                    + " AND items.id = 3"),
            form("DELETE .. USING", "DELETE FROM items USING cats c WHERE c.id = items.cat_id AND c.title LIKE 'cat 1%'"),
            form("UPDATE subquery WHERE", "UPDATE items SET qty = 0 WHERE cat_id IN (SELECT id FROM cats WHERE id < 10)"),
            form("MERGE", "MERGE INTO cats c USING (SELECT g AS id FROM generate_series(15, 30) g) s ON c.id = s.id"
                    + " WHEN MATCHED THEN UPDATE SET title = 'm' WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'new')"),
            form("COMMENT ON", "COMMENT ON TABLE items IS 'things we sell'"),
            form("GRANT", "GRANT SELECT ON items TO PUBLIC"),
            form("lock_timeout then ADD COLUMN", "SET lock_timeout = '5s'", "ALTER TABLE items ADD COLUMN c# int"),
            form("SET LOCAL lock_timeout then ADD COLUMN", "SET LOCAL lock_timeout = '5s'",
                    "ALTER TABLE items ADD COLUMN c# int"),
            form("ALTER TYPE varchar->text with CHECK", "ALTER TABLE accounts ADD CONSTRAINT ck# CHECK (code <> '')",
                    "ALTER TABLE accounts ALTER COLUMN code TYPE text"),
            form("ALTER TYPE varchar widen (expression index)", "CREATE INDEX ix# ON accounts (lower(code))",
                    "ALTER TABLE accounts ALTER COLUMN code TYPE varchar(80)"),
            form("ALTER TYPE varchar widen (partial index)", "CREATE INDEX ix# ON accounts (id) WHERE code <> 'x'",
                    "ALTER TABLE accounts ALTER COLUMN code TYPE varchar(80)"),
            form("ALTER TYPE varchar widen (plain index)", "ALTER TABLE accounts ALTER COLUMN code TYPE varchar(80)"),
            form("CREATE UNIQUE INDEX on duplicates", "CREATE UNIQUE INDEX ux# ON transfers (account_id)"),
            form("CREATE UNIQUE INDEX CONCURRENTLY on duplicates",
                    "CREATE UNIQUE INDEX CONCURRENTLY ux# ON transfers (account_id)"),
            form("ADD UNIQUE on duplicates", "ALTER TABLE transfers ADD CONSTRAINT uq# UNIQUE (account_id)"),
            form("ADD CHECK violated", "ALTER TABLE accounts ADD CONSTRAINT ck# CHECK (amount > 10)"),
            form("ADD CHECK NOT VALID violated + VALIDATE",
                    "ALTER TABLE accounts ADD CONSTRAINT ck# CHECK (amount > 10) NOT VALID",
                    "ALTER TABLE accounts VALIDATE CONSTRAINT ck#"),
            form("ADD FOREIGN KEY with orphans", "ALTER TABLE transfers ADD CONSTRAINT fk# FOREIGN KEY (id2)"
                    + " REFERENCES cats (id)"),
            form("ADD COLUMN with inline CHECK", "ALTER TABLE accounts ADD COLUMN c# int DEFAULT 0 CHECK (c# >= 0)"),
            form("ADD COLUMN with inline REFERENCES", "ALTER TABLE transfers ADD COLUMN c# int REFERENCES accounts (id)"),
            form("ADD COLUMN UNIQUE", "ALTER TABLE accounts ADD COLUMN c# int UNIQUE"),
            form("ADD COLUMN serial", "ALTER TABLE accounts ADD COLUMN c# serial"),
            form("ADD PRIMARY KEY with nulls", "CREATE TABLE t# AS SELECT id, name, note FROM items",
                    "ALTER TABLE t# ADD PRIMARY KEY (note)"),
            form("DELETE orphans NOT EXISTS", "DELETE FROM transfers t WHERE NOT EXISTS (SELECT 1 FROM cats c"
                    + " WHERE c.id = t.id2)"),
            form("INSERT .. ON CONFLICT seed", "INSERT INTO cats VALUES (1, 'one') ON CONFLICT (id) DO NOTHING"),
            form("CREATE TABLE AS big", "CREATE TABLE t# AS SELECT * FROM items"),
            form("TRUNCATE CASCADE", "TRUNCATE cats CASCADE"),
            form("DROP TABLE CASCADE (view)", "DROP TABLE items CASCADE"),
            form("RENAME enum value", "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'"),
            form("DROP COLUMN unused", "ALTER TABLE accounts DROP COLUMN memo"),
            form("RENAME COLUMN unused", "ALTER TABLE accounts RENAME COLUMN memo TO memo2"),
            form("CREATE POLICY", "CREATE POLICY p# ON items USING (true)"),
            form("SET DEFAULT nextval", "CREATE SEQUENCE sq#", "ALTER TABLE accounts ALTER COLUMN id SET DEFAULT"
                    + " nextval('sq#')"),
            form("UPDATE .. FROM unreferenced table", "UPDATE items SET note = a.code FROM accounts a WHERE a.id = items.id"));

    private static final String CATS_NEW = "CREATE TABLE cats_new (id INTEGER PRIMARY KEY, title TEXT NOT NULL, color TEXT)";

    private static final List<Form> SQLITE_FORMS = List.of(
            form("ADD COLUMN nullable", "ALTER TABLE items ADD COLUMN c# INTEGER"),
            form("ADD COLUMN default", "ALTER TABLE items ADD COLUMN c# INTEGER DEFAULT 5"),
            form("ADD COLUMN NOT NULL without default", "ALTER TABLE items ADD COLUMN c# INTEGER NOT NULL"),
            form("ADD COLUMN NOT NULL with default", "ALTER TABLE items ADD COLUMN c# INTEGER NOT NULL DEFAULT 0"),
            form("ADD COLUMN volatile default", "ALTER TABLE items ADD COLUMN c# TEXT DEFAULT (random())"),
            form("ADD COLUMN CURRENT_TIMESTAMP default", "ALTER TABLE items ADD COLUMN c# TEXT DEFAULT CURRENT_TIMESTAMP"),
            form("ADD COLUMN UNIQUE", "ALTER TABLE items ADD COLUMN c# INTEGER UNIQUE"),
            form("RENAME COLUMN", "ALTER TABLE items RENAME COLUMN name TO title"),
            form("RENAME TABLE", "ALTER TABLE items RENAME TO products"),
            form("DROP COLUMN used", "ALTER TABLE items DROP COLUMN note"),
            form("DROP COLUMN indexed", "ALTER TABLE items DROP COLUMN email"),
            form("DROP TABLE used", "DROP TABLE cats"),
            form("DROP VIEW used", "DROP VIEW items_v"),
            form("CREATE INDEX", "CREATE INDEX ix# ON items (name)"),
            form("CREATE UNIQUE INDEX on duplicates", "CREATE UNIQUE INDEX ix# ON items (cat_id)"),
            form("DROP INDEX", "DROP INDEX items_email"),
            form("CREATE TABLE", "CREATE TABLE n# (id INTEGER PRIMARY KEY, v TEXT)"),
            form("table redefinition", "CREATE TABLE items_new (id INTEGER PRIMARY KEY, cat_id INTEGER, name TEXT NOT NULL,"
                    + " qty INTEGER, email TEXT, note TEXT)",
                    "INSERT INTO items_new SELECT * FROM items", "DROP TABLE items",
                    "ALTER TABLE items_new RENAME TO items"),
            form("PRAGMA foreign_keys=OFF then DROP parent", "PRAGMA foreign_keys = OFF", "DROP TABLE cats"),
            form("redefine parent, PRAGMA inside BEGIN", "BEGIN", "PRAGMA foreign_keys = OFF", CATS_NEW,
                    "INSERT INTO cats_new (id, title) SELECT id, title FROM cats", "DROP TABLE cats",
                    "ALTER TABLE cats_new RENAME TO cats", "COMMIT"),
            form("redefine parent, PRAGMA before BEGIN", "PRAGMA foreign_keys = OFF", "BEGIN", CATS_NEW,
                    "INSERT INTO cats_new (id, title) SELECT id, title FROM cats", "DROP TABLE cats",
                    "ALTER TABLE cats_new RENAME TO cats", "COMMIT", "PRAGMA foreign_keys = ON"),
            form("redefine parent by renaming it away", "BEGIN", "ALTER TABLE cats RENAME TO cats_old",
                    "CREATE TABLE cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL, color TEXT)",
                    "INSERT INTO cats (id, title) SELECT id, title FROM cats_old", "DROP TABLE cats_old", "COMMIT"),
            form("redefine parent by renaming it away, foreign keys off", "PRAGMA foreign_keys = OFF", "BEGIN",
                    "ALTER TABLE cats RENAME TO cats_old",
                    "CREATE TABLE cats (id INTEGER PRIMARY KEY, title TEXT NOT NULL, color TEXT)",
                    "INSERT INTO cats (id, title) SELECT id, title FROM cats_old", "DROP TABLE cats_old", "COMMIT",
                    "PRAGMA foreign_keys = ON"),
            form("BEGIN .. COMMIT in the file", "BEGIN", "UPDATE items SET qty = qty + 1 WHERE id = 7", "COMMIT"),
            form("UPDATE by key", "UPDATE items SET qty = qty + 1 WHERE id = 7"),
            form("UPDATE unbounded", "UPDATE items SET qty = qty + 1"),
            form("UPDATE IS NOT NULL on NOT NULL column", "UPDATE items SET qty = qty + 1 WHERE name IS NOT NULL"),
            form("DELETE by key", "DELETE FROM items WHERE id = 9"),
            form("DELETE unbounded", "DELETE FROM items"),
            form("INSERT .. SELECT", "CREATE TABLE n# (id INTEGER, name TEXT)", "INSERT INTO n# SELECT id, name FROM items"),
            form("VACUUM", "VACUUM"),
            form("REINDEX", "REINDEX items"));

    /**
     * Statements the catalog refuses (session 7): drops of objects other objects depend on (2BP01; a type dropped with
     * CASCADE takes its columns along), names already in use (42701, 42P07) and columns renamed away (42703). Drawn
     * like the others; not in the wider forms, which must run cleanly.
     */
    private static final List<Form> CATALOG_CONFLICT_FORMS = List.of(
            form("ADD COLUMN that exists", "ALTER TABLE items ADD COLUMN note text"),
            form("CREATE INDEX of a name in use", "CREATE INDEX items_cat ON items (qty)"),
            form("DROP COLUMN and ADD it again", "ALTER TABLE accounts DROP COLUMN memo, ADD COLUMN memo text"),
            form("RENAME COLUMN then its old name", "ALTER TABLE accounts RENAME COLUMN memo TO memo#",
                    "CREATE INDEX ix# ON accounts (memo)"),
            form("DROP TYPE in use", "DROP TYPE mood"),
            form("DROP DOMAIN in use", "DROP DOMAIN posint"),
            form("DROP FUNCTION used by a trigger", "DROP FUNCTION touch()"),
            form("DROP CONSTRAINT a foreign key needs", "ALTER TABLE cats DROP CONSTRAINT cats_pkey"),
            form("DROP INDEX of a constraint", "DROP INDEX accounts_pkey"),
            form("DROP TYPE in use CASCADE", "DROP TYPE mood CASCADE"),
            form("DROP TYPE after its column", "ALTER TABLE items DROP COLUMN m", "DROP TYPE mood"));

    public static List<String> catalogConflictFormNames() {
        return CATALOG_CONFLICT_FORMS.stream().map(Form::name).toList();
    }

    public static List<String> formNames(Dialect dialect) {
        return forms(dialect).stream().map(Form::name).toList();
    }

    /** The PostgreSQL forms of sessions 5-6. */
    public static List<String> widerPostgresFormNames() {
        return WIDER_POSTGRES_FORMS.stream().map(Form::name).toList();
    }

    private static List<Form> forms(Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            return SQLITE_FORMS;
        }
        return Stream.of(POSTGRES_FORMS, WIDER_POSTGRES_FORMS, CATALOG_CONFLICT_FORMS).flatMap(List::stream).toList();
    }

    /** One to three forms, wrapped one of the three ways; the seed fixes everything. */
    public static Scenario generate(Dialect dialect, long seed) {
        Random random = new Random(seed);
        List<Form> forms = forms(dialect);
        Wrapping wrapping = Wrapping.values()[random.nextInt(Wrapping.values().length)];
        int count = 1 + random.nextInt(random.nextInt(4) == 0 ? 3 : 1);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Form form = forms.get(random.nextInt(forms.size()));
            for (String sql : form.sql().apply(i + 1)) {
                steps.add(new Step(form.name(), sql));
            }
        }
        return new Scenario(seed, dialect, wrapping, steps);
    }

    /** The scenario of a single named form, unwrapped (for fixtures). */
    public static Scenario ofForm(Dialect dialect, String name, Wrapping wrapping) {
        List<Form> all = forms(dialect);
        Form form = all.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
        return new Scenario(0, dialect, wrapping, form.sql().apply(1).stream().map(s -> new Step(name, s)).toList());
    }
}
