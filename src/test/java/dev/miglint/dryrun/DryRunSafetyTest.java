package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.dryRun;
import static dev.miglint.dryrun.DryRunFixtures.findings;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.DatabaseSnapshot;
import dev.miglint.testing.GivenDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Statements that would change a given database for good, or reach the server's shell or files, are refused and
 * reported as not traced; a second embedded server stands in for the user's database and must stay identical:
 * catalog, rows with checksums, sequences, replication slots, settings and the data directory listing
 * ({@link DatabaseSnapshot}).
 */
class DryRunSafetyTest {
    private static final String PASSWORD = "safety-Pa55";
    private static EmbeddedServer users;

    @BeforeAll
    static void start() throws Exception {
        users = GivenDatabase.start("app", """
                CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE);
                CREATE TABLE orders (id integer PRIMARY KEY, status text);
                INSERT INTO users (email) SELECT 'u' || i || '@example.com' FROM generate_series(1, 50) i;
                INSERT INTO orders SELECT i, 'new' FROM generate_series(1, 80) i;
                CREATE FUNCTION bump() RETURNS bigint LANGUAGE sql AS $$ SELECT setval('public.users_id_seq', 4) $$;
                """,
                // user functions a statement reaches without naming them, each with an effect a rollback does not undo;
                // the sequence is schema-qualified because PostgreSQL 17 runs index expressions and REFRESH with
                // search_path = pg_catalog, where an unqualified name fails and the case would prove nothing
                """
                CREATE FUNCTION side_id() RETURNS int LANGUAGE plpgsql AS
                  $$ BEGIN PERFORM setval('public.users_id_seq', 11); RETURN 1; END $$;
                CREATE FUNCTION side_check(text) RETURNS boolean LANGUAGE plpgsql AS
                  $$ BEGIN PERFORM setval('public.users_id_seq', 12); RETURN true; END $$;
                CREATE FUNCTION side_key(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS
                  $$ BEGIN PERFORM setval('public.users_id_seq', 13); RETURN $1; END $$;
                CREATE TABLE implicit_default (id int DEFAULT side_id(), note text);
                CREATE TABLE implicit_check (note text CHECK (side_check(note)));
                CREATE TABLE implicit_index (x int);
                CREATE INDEX implicit_index_key ON implicit_index (side_key(x));
                INSERT INTO implicit_check VALUES ('a');
                INSERT INTO implicit_index VALUES (1), (2);
                CREATE VIEW implicit_view AS SELECT side_id() AS v;
                CREATE MATERIALIZED VIEW implicit_mat AS SELECT side_id() AS v WITH NO DATA;
                CREATE FUNCTION side_op(int, int) RETURNS int LANGUAGE plpgsql AS
                  $$ BEGIN PERFORM setval('public.users_id_seq', 14); RETURN $1; END $$;
                CREATE OPERATOR <%> (LEFTARG = int, RIGHTARG = int, FUNCTION = side_op);
                CREATE TYPE side_t AS (v int);
                CREATE FUNCTION side_cast(int) RETURNS side_t LANGUAGE plpgsql AS
                  $$ BEGIN PERFORM setval('public.users_id_seq', 15); RETURN ROW($1)::side_t; END $$;
                CREATE CAST (int AS side_t) WITH FUNCTION side_cast(int);
                SELECT setval('users_id_seq', 50);
                """);
    }

    @AfterAll
    static void stop() {
        users.close();
    }

    /** Each case starts from the same sequence value, so a case that sets the value an earlier one left is still seen. */
    @BeforeEach
    void resetSequence() throws Exception {
        try (Connection c = users.connect("app"); Statement st = c.createStatement()) {
            st.execute("SELECT setval('users_id_seq', 50)");
        }
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + users.port() + "/app?user=postgres&password=" + PASSWORD;
    }

    private static String snapshot() throws Exception {
        return DatabaseSnapshot.of(users, "app");
    }

    private static List<JsonNode> notTraced(CliRun run) {
        return findings(run, "dry-run-skipped").stream()
                .filter(f -> f.path("message").asText().contains("not traced")).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT \"setval\"('users_id_seq', 1);\n",
        "SELECT pg_catalog.nextval('users_id_seq');\n",
        "SELECT pg_create_physical_replication_slot('miglint_slot');\n",
        "DO $$ BEGIN EXECUTE 'SELECT set' || 'val(''users_id_seq'', 2)'; END $$;\n",
        "COPY users TO '{dir}/copy.csv';\n",
        "COPY (SELECT 1) TO PROGRAM 'touch {dir}/program';\n",
        // goose sent a block as one execute, whose first word alone was checked
        "-- +goose StatementBegin\nSELECT 1;\nCOPY (SELECT 1) TO PROGRAM 'touch {dir}/program';\n"
                + "-- +goose StatementEnd\n",
        "SELECT bump();\n",
        "CREATE FUNCTION bump2() RETURNS bigint LANGUAGE sql AS $$ SELECT setval('users_id_seq', 7) $$;\n"
                + "SELECT public.\"bump2\"();\n",
        "SELECT pg_advisory_lock(42);\n",
        "SELECT pg_notify('chan', 'x');\n",
        "INSERT INTO users (email) VALUES ('new@example.com');\n",
        "CREATE FUNCTION audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM setval('users_id_seq', 3);"
                + " RETURN NEW; END $$;\nCREATE TRIGGER t BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION"
                + " audit();\nUPDATE orders SET status = 'y';\n",
        "SELECT lo_import('/etc/hostname');\n",
        "SELECT pg_read_file('/etc/hostname');\n",
        "LISTEN chan;\n",
        "PREPARE p AS SELECT 1;\n",
        "INSERT INTO implicit_default (note) VALUES ('x');\n",
        "UPDATE implicit_check SET note = 'y';\n",
        "ALTER TABLE implicit_index ALTER COLUMN x TYPE int USING x + 0;\n",
        "SELECT * FROM implicit_view;\n",
        "REFRESH MATERIALIZED VIEW implicit_mat;\n",
        "EXPLAIN ANALYZE SELECT * FROM public.implicit_view;\n",
        // calls where a table name usually stands, and functions reached through an operator or a cast
        "SELECT * FROM setval('users_id_seq', 5);\n",
        "SELECT * FROM bump();\n",
        "SELECT o.id FROM orders o JOIN users u ON bump() > 0 LIMIT 1;\n",
        "DELETE FROM orders USING public.bump() s WHERE orders.id < 0;\n",
        "ALTER TABLE orders ALTER COLUMN status TYPE text USING bump()::text;\n",
        "SELECT 1 <%> 1;\n",
        "SELECT 1 OPERATOR(public.<%>) 1;\n",
        "SELECT 1::side_t;\n",
        "SELECT CAST(1 AS public.side_t);\n",
    })
    void refusesWhatARollbackDoesNotUndoAndLeavesEverythingIdentical(String migration, @TempDir Path dir)
            throws Exception {
        // files a statement would write on the server go to this test's own directory (the server is local)
        write(dir, "db/002_change.sql", migration.replace("{dir}", dir.toString()));
        String before = snapshot();
        CliRun run = dryRun(dir, "--database-url", jdbcUrl(), "db");
        assertEquals(before, snapshot(), describe(run));
        assertFalse(Files.exists(dir.resolve("program")), describe(run));
        assertFalse(Files.exists(dir.resolve("copy.csv")), describe(run));
        assertFalse(notTraced(run).isEmpty(), describe(run));
        assertTrue(run.exitCode() == 0 || run.exitCode() == 1, describe(run));
        assertFalse((run.stdout() + run.stderr()).contains(PASSWORD), describe(run));
        assertTrue(run.stderr().contains("warning: the role of this URL has SUPERUSER"), describe(run));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPDATE orders SET status = 'shipped';\nALTER TABLE orders ADD COLUMN note text;\n",
        "CREATE TABLE t (id int PRIMARY KEY, price numeric(10, 2) DEFAULT round(1.5));\n",
        // the scanner splits a goose block into its statements: the COMMIT inside it is never sent (the dry run owns
        // the transaction), so the DELETE after it is traced and rolled back with the INSERT
        "-- +goose StatementBegin\nINSERT INTO orders VALUES (1000, 'x');\nCOMMIT;\nDELETE FROM orders;\n"
                + "-- +goose StatementEnd\n",
    })
    void tracesWhatARollbackUndoes(String migration, @TempDir Path dir) throws Exception {
        write(dir, "db/002_change.sql", migration);
        String before = snapshot();
        CliRun run = dryRun(dir, "--database-url", jdbcUrl(), "db");
        assertEquals(before, snapshot(), describe(run));
        assertTrue(notTraced(run).isEmpty(), describe(run));
    }

    @org.junit.jupiter.api.Test
    void embeddedServerRunsNoShellCommandUnlessAllowed(@TempDir Path dir) throws Exception {
        Path marker = dir.resolve("ran");
        write(dir, "db/001_init.sql", "CREATE TABLE a (id int);\n");
        write(dir, "db/002_change.sql", "-- +goose StatementBegin\nSELECT 1;\nCOPY (SELECT 1) TO PROGRAM 'touch "
                + marker + "';\n-- +goose StatementEnd\nCOPY (SELECT 1) TO PROGRAM 'touch " + marker + "';\n");
        CliRun refused = dryRun(dir, "--embedded", "--rows", "0", "db");
        assertFalse(Files.exists(marker), describe(refused));
        assertEquals(2, notTraced(refused).size(), describe(refused));

        write(dir, "db/002_change.sql", "COPY (SELECT 1) TO PROGRAM 'touch " + marker + "';\n");
        CliRun allowed = dryRun(dir, "--embedded", "--rows", "0", "--allow-host-effects", "db");
        assertTrue(Files.exists(marker), describe(allowed));
    }
}
