package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.dryRun;
import static dev.miglint.dryrun.DryRunFixtures.findings;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A given database gets exactly its pending migrations traced, read from the framework's own record table, which
 * is created here as the framework creates it. Real SQLite files, and a second embedded PostgreSQL as the given
 * server.
 */
class PendingMigrationsDryRunTest {
    private static EmbeddedServer given;

    @BeforeAll
    static void start() throws Exception {
        given = EmbeddedServer.start();
    }

    @AfterAll
    static void stop() {
        given.close();
    }

    private static Path sqlite(Path dir, String... statements) throws Exception {
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        return db;
    }

    /** The files that got a dry-run finding: the ones traced. */
    private static Set<String> traced(CliRun run) {
        Set<String> paths = new TreeSet<>();
        dev.miglint.testing.JsonFindings.parse(run.stdout()).findings().stream()
                .filter(f -> f.path("ruleId").asText().startsWith("dry-run-catalog-change"))
                .forEach(f -> paths.add(f.path("path").asText()));
        return paths;
    }

    @Test
    void golangMigrateOnSqliteTracesOnlyTheVersionsAfterTheRecordedOne(@TempDir Path dir) throws Exception {
        write(dir, "db/1_users.up.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n");
        write(dir, "db/1_users.down.sql", "DROP TABLE users;\n");
        write(dir, "db/2_orders.up.sql", "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER);\n");
        write(dir, "db/2_orders.down.sql", "DROP TABLE orders;\n");
        write(dir, "db/3_name.up.sql", "ALTER TABLE users ADD COLUMN name TEXT;\n");
        write(dir, "db/4_total.up.sql", "ALTER TABLE orders ADD COLUMN total INTEGER;\n");
        Path db = sqlite(dir, "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)",
                "CREATE TABLE orders (id INTEGER PRIMARY KEY, user_id INTEGER)",
                // golang-migrate's sqlite3 driver: one row, the current version
                "CREATE TABLE IF NOT EXISTS schema_migrations (version uint64, dirty bool)",
                "CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version)",
                "INSERT INTO schema_migrations (version, dirty) VALUES (2, false)");
        byte[] before = Files.readAllBytes(db);
        CliRun run = dryRun(dir, "--dialect", "sqlite", "--database", "app.db", "db");
        assertEquals(0, run.exitCode(), describe(run));
        assertTrue(findings(run, "dry-run-setup-failed").isEmpty(), describe(run));
        assertEquals(Set.of("db/3_name.up.sql", "db/4_total.up.sql"), traced(run), describe(run));
        assertTrue(run.stderr().contains("schema_migrations lists 2 of these files as applied"), run.stderr());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aDirtyGolangMigrateVersionIsReported(@TempDir Path dir) throws Exception {
        write(dir, "db/1_users.up.sql", "CREATE TABLE users (id INTEGER PRIMARY KEY);\n");
        write(dir, "db/2_name.up.sql", "ALTER TABLE users ADD COLUMN name TEXT;\n");
        sqlite(dir, "CREATE TABLE users (id INTEGER PRIMARY KEY)",
                "CREATE TABLE schema_migrations (version uint64, dirty bool)",
                "INSERT INTO schema_migrations (version, dirty) VALUES (2, true)");
        CliRun run = dryRun(dir, "--dialect", "sqlite", "--database", "app.db", "db");
        List<JsonNode> record = findings(run, "dry-run-history-record");
        assertEquals(1, record.size(), describe(run));
        assertEquals("db/2_name.up.sql", record.get(0).path("path").asText());
        assertTrue(record.get(0).path("message").asText().contains("failed"), describe(run));
    }

    private static final String PRISMA_INIT =
            "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"email\" TEXT NOT NULL);\n";

    @Test
    void prismaOnSqliteWithAFailedMigration(@TempDir Path dir) throws Exception {
        write(dir, "prisma/migrations/20240101000000_init/migration.sql", PRISMA_INIT);
        write(dir, "prisma/migrations/20240102000000_name/migration.sql",
                "ALTER TABLE \"User\" ADD COLUMN \"name\" TEXT;\n");
        write(dir, "prisma/migrations/20240103000000_age/migration.sql",
                "ALTER TABLE \"User\" ADD COLUMN \"age\" INTEGER;\n");
        write(dir, "prisma/migrations/migration_lock.toml", "provider = \"sqlite\"\n");
        Path db = sqlite(dir, "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"email\" TEXT NOT NULL)",
                // as prisma migrate creates it on SQLite
                """
                CREATE TABLE "_prisma_migrations" (
                    "id"                    TEXT PRIMARY KEY NOT NULL,
                    "checksum"              TEXT NOT NULL,
                    "finished_at"           DATETIME,
                    "migration_name"        TEXT NOT NULL,
                    "logs"                  TEXT,
                    "rolled_back_at"        DATETIME,
                    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
                    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
                )""",
                "INSERT INTO _prisma_migrations VALUES ('a', '" + Checksums.sha256(PRISMA_INIT)
                        + "', '2024-01-01 00:00:01', '20240101000000_init', NULL, NULL, '2024-01-01 00:00:00', 1)",
                // failed: started, never finished; the deploy stops here (P3009)
                "INSERT INTO _prisma_migrations VALUES ('b', 'c2', NULL, '20240102000000_name',"
                        + " 'duplicate column name', NULL, '2024-01-02 00:00:00', 0)");
        byte[] before = Files.readAllBytes(db);
        CliRun run = dryRun(dir, "--dialect", "sqlite", "--database", "app.db", "prisma/migrations");
        assertTrue(findings(run, "dry-run-setup-failed").isEmpty(), describe(run));
        assertEquals(Set.of("prisma/migrations/20240102000000_name/migration.sql",
                "prisma/migrations/20240103000000_age/migration.sql"), traced(run), describe(run));
        List<JsonNode> record = findings(run, "dry-run-history-record");
        assertEquals(1, record.size(), describe(run));
        assertEquals("prisma/migrations/20240102000000_name/migration.sql", record.get(0).path("path").asText());
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    private static final String FLYWAY_V1 = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";
    private static final String FLYWAY_V1_1 = "CREATE INDEX users_email ON users (email);\n";

    @Test
    void flywayOnAGivenPostgresDatabaseTracesOnlyPendingAndLeavesItUnchanged(@TempDir Path dir) throws Exception {
        try (Connection c = given.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE flyway_app");
        }
        try (Connection c = given.connect("flyway_app"); Statement st = c.createStatement()) {
            st.execute("""
                    CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                    CREATE TABLE "flyway_schema_history" (
                        "installed_rank" INT NOT NULL,
                        "version" VARCHAR(50),
                        "description" VARCHAR(200) NOT NULL,
                        "type" VARCHAR(20) NOT NULL,
                        "script" VARCHAR(1000) NOT NULL,
                        "checksum" INTEGER,
                        "installed_by" VARCHAR(100) NOT NULL,
                        "installed_on" TIMESTAMP NOT NULL DEFAULT now(),
                        "execution_time" INTEGER NOT NULL,
                        "success" BOOLEAN NOT NULL
                    );
                    ALTER TABLE "flyway_schema_history" ADD CONSTRAINT "flyway_schema_history_pk"
                        PRIMARY KEY ("installed_rank");
                    CREATE INDEX "flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");
                    INSERT INTO flyway_schema_history VALUES
                        (1, '1', 'users', 'SQL', 'V1__users.sql', %d, 'postgres', now(), 5, true),
                        (2, '1.1', 'email index', 'SQL', 'V1_1__email.sql', %d, 'postgres', now(), 5, true);
                    CREATE INDEX users_email ON users (email);
                    """.formatted(Checksums.flywayCrc32(FLYWAY_V1), Checksums.flywayCrc32(FLYWAY_V1_1)));
        }
        write(dir, "db/migration/V1__users.sql", FLYWAY_V1);
        write(dir, "db/migration/V1_1__email.sql", FLYWAY_V1_1);
        write(dir, "db/migration/V2__name.sql", "SET lock_timeout = '1s';\nALTER TABLE users ADD COLUMN name text;\n");
        write(dir, "db/migration/V3__age.sql", "SET lock_timeout = '1s';\nALTER TABLE users ADD COLUMN age int;\n");
        String url = "jdbc:postgresql://127.0.0.1:" + given.port() + "/flyway_app?user=postgres";
        String before = fingerprint();
        CliRun run = dryRun(dir, "--database-url", url, "db/migration");
        assertEquals(0, run.exitCode(), describe(run));
        assertEquals(Set.of("db/migration/V2__name.sql", "db/migration/V3__age.sql"), traced(run), describe(run));
        assertTrue(run.stderr().contains("flyway_schema_history lists 2 of these files as applied"), run.stderr());
        assertEquals(before, fingerprint());
    }

    private static String givenDatabase(String name, String sql) throws Exception {
        try (Connection c = given.connect("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name);
        }
        try (Connection c = given.connect(name); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);" + sql);
        }
        return "jdbc:postgresql://127.0.0.1:" + given.port() + "/" + name + "?user=postgres";
    }

    private static String state(String database) throws Exception {
        return DatabaseState.of(given, database);
    }

    private static void assertTracesExactly(Path dir, String database, String url, String path, Set<String> expected,
            String recordLine) throws Exception {
        String before = state(database);
        CliRun run = dryRun(dir, "--database-url", url, "--fail-on", "never", path);
        assertEquals(0, run.exitCode(), describe(run));
        assertEquals(expected, traced(run), describe(run));
        assertTrue(run.stderr().contains(recordLine), run.stderr());
        assertEquals(before, state(database));
    }

    @Test
    void prismaOnPostgresWithFailedAndRolledBackMigrations(@TempDir Path dir) throws Exception {
        String init = "CREATE TABLE \"Post\" (\"id\" SERIAL NOT NULL, CONSTRAINT \"Post_pkey\" PRIMARY KEY (\"id\"));\n";
        // as prisma migrate creates it on PostgreSQL
        String url = givenDatabase("prisma_app", init + """
                CREATE TABLE "_prisma_migrations" (
                    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
                    "checksum"              VARCHAR(64) NOT NULL,
                    "finished_at"           TIMESTAMPTZ,
                    "migration_name"        VARCHAR(255) NOT NULL,
                    "logs"                  TEXT,
                    "rolled_back_at"        TIMESTAMPTZ,
                    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
                    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
                );
                INSERT INTO _prisma_migrations VALUES
                    ('1', '%s', now(), '20240101000000_init', NULL, NULL, now() - interval '3 days', 1),
                    ('2', 'x', NULL, '20240102000000_title', 'column exists', now(), now() - interval '2 days', 0),
                    ('3', 'y', NULL, '20240103000000_body', 'relation locked', NULL, now() - interval '1 day', 0);
                """.formatted(Checksums.sha256(init)));
        write(dir, "prisma/migrations/migration_lock.toml", "provider = \"postgresql\"\n");
        write(dir, "prisma/migrations/20240101000000_init/migration.sql", init);
        write(dir, "prisma/migrations/20240102000000_title/migration.sql",
                "ALTER TABLE \"Post\" ADD COLUMN \"title\" TEXT;\n");
        write(dir, "prisma/migrations/20240103000000_body/migration.sql",
                "ALTER TABLE \"Post\" ADD COLUMN \"body\" TEXT;\n");
        String before = state("prisma_app");
        CliRun run = dryRun(dir, "--database-url", url, "--fail-on", "never", "prisma/migrations");
        assertEquals(Set.of("prisma/migrations/20240102000000_title/migration.sql",
                "prisma/migrations/20240103000000_body/migration.sql"), traced(run), describe(run));
        List<String> record = findings(run, "dry-run-history-record").stream()
                .map(f -> f.path("path").asText() + ": " + f.path("message").asText()).toList();
        assertEquals(List.of("prisma/migrations/20240102000000_title/migration.sql: _prisma_migrations records this"
                + " migration as rolled back", "prisma/migrations/20240103000000_body/migration.sql: _prisma_migrations"
                + " records this migration as failed: the deploy stops here until it is resolved"), record);
        assertEquals(before, state("prisma_app"));
    }

    @Test
    void golangMigrateOnPostgres(@TempDir Path dir) throws Exception {
        String url = givenDatabase("golang_app", """
                CREATE TABLE IF NOT EXISTS "schema_migrations" (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);
                INSERT INTO schema_migrations VALUES (20240101000000, false);
                """);
        write(dir, "migrations/20240101000000_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
        write(dir, "migrations/20240101000000_users.down.sql", "DROP TABLE users;\n");
        write(dir, "migrations/20240102000000_name.up.sql", "ALTER TABLE users ADD COLUMN name text;\n");
        write(dir, "migrations/20240102000000_name.down.sql", "ALTER TABLE users DROP COLUMN name;\n");
        assertTracesExactly(dir, "golang_app", url, "migrations", Set.of("migrations/20240102000000_name.up.sql"),
                "schema_migrations lists 1 of these files as applied");
    }

    @Test
    void gooseOnPostgres(@TempDir Path dir) throws Exception {
        String url = givenDatabase("goose_app", """
                CREATE TABLE goose_db_version (id serial NOT NULL, version_id bigint NOT NULL,
                    is_applied boolean NOT NULL, tstamp timestamp NULL default now(), PRIMARY KEY (id));
                INSERT INTO goose_db_version (version_id, is_applied) VALUES (0, true), (1, true), (2, true),
                    (3, true), (3, false);
                """);
        write(dir, "db/00001_users.sql", "-- +goose Up\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
        write(dir, "db/00002_noop.sql", "-- +goose Up\nSELECT 1;\n");
        write(dir, "db/00003_name.sql", "-- +goose Up\nALTER TABLE users ADD COLUMN name text;\n");
        write(dir, "db/00004_age.sql", "-- +goose Up\nALTER TABLE users ADD COLUMN age int;\n");
        // version 3 was applied, then rolled back (goose down): pending again
        assertTracesExactly(dir, "goose_app", url, "db", Set.of("db/00003_name.sql", "db/00004_age.sql"),
                "goose_db_version lists 2 of these files as applied");
    }

    @Test
    void dieselOnPostgres(@TempDir Path dir) throws Exception {
        String url = givenDatabase("diesel_app", """
                CREATE TABLE __diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL,
                    run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP);
                INSERT INTO __diesel_schema_migrations (version) VALUES ('20240101000000');
                """);
        write(dir, "migrations/2024-01-01-000000_users/up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
        write(dir, "migrations/2024-01-01-000000_users/down.sql", "DROP TABLE users;\n");
        write(dir, "migrations/2024-02-01-000000_name/up.sql", "ALTER TABLE users ADD COLUMN name text;\n");
        write(dir, "migrations/2024-02-01-000000_name/down.sql", "ALTER TABLE users DROP COLUMN name;\n");
        assertTracesExactly(dir, "diesel_app", url, "migrations", Set.of("migrations/2024-02-01-000000_name/up.sql"),
                "__diesel_schema_migrations lists 1 of these files as applied");
    }

    @Test
    void dbmateOnPostgres(@TempDir Path dir) throws Exception {
        String url = givenDatabase("dbmate_app", """
                CREATE TABLE public.schema_migrations (version character varying(128) NOT NULL PRIMARY KEY);
                INSERT INTO schema_migrations VALUES ('20240101000000');
                """);
        write(dir, "db/migrations/20240101000000_users.sql", "-- migrate:up\nCREATE TABLE users (id bigint PRIMARY KEY,"
                + " email text NOT NULL);\n-- migrate:down\nDROP TABLE users;\n");
        write(dir, "db/migrations/20240102000000_name.sql", "-- migrate:up\nALTER TABLE users ADD COLUMN name text;\n"
                + "-- migrate:down\n");
        assertTracesExactly(dir, "dbmate_app", url, "db/migrations",
                Set.of("db/migrations/20240102000000_name.sql"), "schema_migrations lists 1 of these files as applied");
    }

    @Test
    void drizzleOnPostgresMatchesByTheFilesHash(@TempDir Path dir) throws Exception {
        String init = "CREATE TABLE \"users\" (\"id\" bigint PRIMARY KEY, \"email\" text NOT NULL);\n";
        String url = givenDatabase("drizzle_app", """
                CREATE SCHEMA drizzle;
                CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL,
                    created_at bigint);
                INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('%s', 1700000000000);
                """.formatted(Checksums.sha256(init)));
        write(dir, "drizzle/0000_init.sql", init);
        write(dir, "drizzle/0001_name.sql", "ALTER TABLE \"users\" ADD COLUMN \"name\" text;\n");
        write(dir, "drizzle/meta/_journal.json", """
                {"version": "7", "dialect": "postgresql", "entries": [
                  {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_init", "breakpoints": true},
                  {"idx": 1, "version": "7", "when": 1700000100000, "tag": "0001_name", "breakpoints": true}]}
                """);
        assertTracesExactly(dir, "drizzle_app", url, "drizzle", Set.of("drizzle/0001_name.sql"),
                "drizzle.__drizzle_migrations lists 1 of these files as applied");
    }

    @Test
    void drizzleMatchesByJournalTimeSoAChangedFileReadsAsAppliedAndChanged(@TempDir Path dir) throws Exception {
        String init = "CREATE TABLE \"accounts\" (\"id\" bigint PRIMARY KEY);\n";
        String third = "ALTER TABLE \"accounts\" ADD COLUMN \"age\" int;\n";
        // as Drizzle's pg migrator records them: hash of the file as applied, created_at = the journal's "when"
        String url = givenDatabase("drizzle_changed", """
                CREATE TABLE accounts (id bigint PRIMARY KEY, age int);
                CREATE SCHEMA drizzle;
                CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL,
                    created_at bigint);
                INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('%s', 1700000000000),
                    ('%s', 1700000200000);
                """.formatted(Checksums.sha256(init), Checksums.sha256(third)));
        // applied, then edited: its hash no longer matches, but it is the same journal entry
        write(dir, "drizzle/0000_init.sql", init.replace("PRIMARY KEY", "PRIMARY KEY, \"email\" text"));
        // never recorded, and older than the newest record: Drizzle passes over it
        write(dir, "drizzle/0001_name.sql", "ALTER TABLE \"accounts\" ADD COLUMN \"name\" text;\n");
        write(dir, "drizzle/0002_age.sql", third);
        write(dir, "drizzle/0003_note.sql", "ALTER TABLE \"accounts\" ADD COLUMN \"note\" text;\n");
        write(dir, "drizzle/meta/_journal.json", """
                {"version": "7", "dialect": "postgresql", "entries": [
                  {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_init", "breakpoints": true},
                  {"idx": 1, "version": "7", "when": 1700000100000, "tag": "0001_name", "breakpoints": true},
                  {"idx": 2, "version": "7", "when": 1700000200000, "tag": "0002_age", "breakpoints": true},
                  {"idx": 3, "version": "7", "when": 1700000300000, "tag": "0003_note", "breakpoints": true}]}
                """);
        String before = state("drizzle_changed");
        CliRun run = dryRun(dir, "--database-url", url, "--fail-on", "never", "drizzle");
        assertEquals(Set.of("drizzle/0003_note.sql"), traced(run), describe(run));
        List<String> record = findings(run, "dry-run-history-record").stream()
                .map(f -> f.path("path").asText() + ": " + f.path("message").asText()).toList();
        assertEquals(2, record.size(), describe(run));
        assertTrue(record.get(0).startsWith("drizzle/0000_init.sql: this migration was changed after it was applied:"
                + " drizzle.__drizzle_migrations keeps checksum " + Checksums.sha256(init)), describe(run));
        assertTrue(record.get(1).startsWith("drizzle/0001_name.sql: drizzle.__drizzle_migrations does not list this"
                + " migration, but lists a newer one"), describe(run));
        assertTrue(run.stderr().contains("drizzle.__drizzle_migrations lists 2 of these files as applied"),
                run.stderr());
        assertEquals(before, state("drizzle_changed"));
    }

    private static final String LIQUIBASE_CHANGELOG = """
            --liquibase formatted sql

            --changeset alice:1
            CREATE TABLE accounts (id bigint PRIMARY KEY);
            --rollback DROP TABLE accounts;

            --changeset alice:2
            ALTER TABLE accounts ADD COLUMN name text;
            --rollback ALTER TABLE accounts DROP COLUMN name;

            --changeset bob:3 runAlways:true
            CREATE OR REPLACE VIEW account_ids AS SELECT id FROM accounts;

            --changeset alice:4
            ALTER TABLE accounts ADD COLUMN age int;
            """;

    @Test
    void liquibaseTracesExactlyThePendingChangesetsOfAPartlyAppliedFile(@TempDir Path dir) throws Exception {
        // as Liquibase creates its record on PostgreSQL; changesets 1 and 3 ran, 2 and 4 are pending
        String url = givenDatabase("liquibase_app", """
                CREATE TABLE accounts (id bigint PRIMARY KEY);
                CREATE VIEW account_ids AS SELECT id FROM accounts;
                CREATE TABLE databasechangelog (id VARCHAR(255) NOT NULL, author VARCHAR(255) NOT NULL,
                    filename VARCHAR(255) NOT NULL, dateexecuted TIMESTAMP NOT NULL, orderexecuted INTEGER NOT NULL,
                    exectype VARCHAR(10) NOT NULL, md5sum VARCHAR(35), description VARCHAR(255),
                    comments VARCHAR(255), tag VARCHAR(255), liquibase VARCHAR(20), contexts VARCHAR(255),
                    labels VARCHAR(255), deployment_id VARCHAR(10));
                INSERT INTO databasechangelog VALUES
                    ('1', 'alice', 'db/changelog/changes.sql', now(), 1, 'EXECUTED', NULL, 'sql', '', NULL,
                        '4.29.2', NULL, NULL, '1'),
                    ('3', 'bob', 'db/changelog/changes.sql', now(), 2, 'EXECUTED', '9:bb', 'sql', '', NULL,
                        '4.29.2', NULL, NULL, '1');
                """);
        write(dir, "db/changelog/changes.sql", LIQUIBASE_CHANGELOG);
        String before = state("liquibase_app");
        CliRun run = dryRun(dir, "--database-url", url, "--fail-on", "never", "db/changelog");
        assertEquals(0, run.exitCode(), describe(run));
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
        // changeset 2 (line 8) and 4 (line 15) change the catalog; 1 is applied and not run again
        Set<Integer> lines = new TreeSet<>();
        findings(run, "dry-run-catalog-change").forEach(f -> lines.add(f.path("startLine").asInt()));
        assertEquals(Set.of(8, 15), lines, describe(run));
        // the runAlways changeset 3 runs on every update: traced although recorded
        assertTrue(run.stderr().contains("databasechangelog lists 1 of these files as applied"), run.stderr());
        assertTrue(run.stderr().contains("; 3 pending traced"), run.stderr());
        // changeset 1's md5sum is NULL (as after clear-checksums): not compared, and said so
        assertTrue(run.stderr().contains("checksum not compared for 1 applied changeset(s), taken as unchanged:"
                + " changeset alice:1 of changes.sql (its md5sum is NULL)"), run.stderr());
        assertTrue(findings(run, "dry-run-history-record").isEmpty(), describe(run));
        assertEquals(before, state("liquibase_app"));
    }

    @Test
    void sqitchOnPostgresAndAChangedScript(@TempDir Path dir) throws Exception {
        String deployed = "BEGIN;\nCREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\nCOMMIT;\n";
        String url = givenDatabase("sqitch_app", """
                CREATE SCHEMA sqitch;
                CREATE TABLE sqitch.changes (change_id TEXT PRIMARY KEY, script_hash TEXT NULL, change TEXT NOT NULL,
                    project TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', committed_at TIMESTAMPTZ NOT NULL
                    DEFAULT clock_timestamp(), committer_name TEXT NOT NULL, committer_email TEXT NOT NULL,
                    planned_at TIMESTAMPTZ NOT NULL, planner_name TEXT NOT NULL, planner_email TEXT NOT NULL);
                INSERT INTO sqitch.changes VALUES ('c1', '%s', 'users', 'app', '', now(), 'a', 'a@x', now(), 'a',
                    'a@x');
                """.formatted(Checksums.sha1(deployed)));
        write(dir, "sqitch.conf", "[core]\n\tengine = pg\n");
        write(dir, "sqitch.plan", "%project=app\n\nusers 2024-01-01T00:00:00Z a <a@x> # users\n"
                + "name 2024-01-02T00:00:00Z a <a@x> # name\n");
        // the applied script was edited afterwards
        write(dir, "deploy/users.sql", deployed.replace("NOT NULL", "NOT NULL UNIQUE"));
        write(dir, "deploy/name.sql", "BEGIN;\nALTER TABLE users ADD COLUMN name text;\nCOMMIT;\n");
        write(dir, "revert/users.sql", "DROP TABLE users;\n");
        write(dir, "revert/name.sql", "ALTER TABLE users DROP COLUMN name;\n");
        String before = state("sqitch_app");
        CliRun run = dryRun(dir, "--database-url", url, "--fail-on", "never", ".");
        assertEquals(Set.of("deploy/name.sql"), traced(run), describe(run));
        List<JsonNode> record = findings(run, "dry-run-history-record");
        assertEquals(1, record.size(), describe(run));
        assertEquals("deploy/users.sql", record.get(0).path("path").asText());
        assertTrue(record.get(0).path("message").asText().startsWith("this migration was changed after it was"
                + " applied: sqitch.changes keeps checksum"), describe(run));
        assertEquals(before, state("sqitch_app"));
    }

    @Test
    void flywayChecksumOfAChangedFileIsCompared(@TempDir Path dir) throws Exception {
        String v1 = "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n";
        String url = givenDatabase("flyway_changed", """
                CREATE TABLE flyway_schema_history (installed_rank INT NOT NULL PRIMARY KEY, version VARCHAR(50),
                    description VARCHAR(200) NOT NULL, type VARCHAR(20) NOT NULL, script VARCHAR(1000) NOT NULL,
                    checksum INTEGER, installed_by VARCHAR(100) NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT now(),
                    execution_time INTEGER NOT NULL, success BOOLEAN NOT NULL);
                INSERT INTO flyway_schema_history VALUES (1, '1', 'users', 'SQL', 'V1__users.sql', %d, 'postgres',
                    now(), 5, true), (2, '2', 'gone', 'SQL', 'V2__gone.sql', 7, 'postgres', now(), 5, true);
                """.formatted(Checksums.flywayCrc32(v1)));
        write(dir, "db/migration/V1__users.sql", v1);
        write(dir, "db/migration/V3__name.sql", "ALTER TABLE users ADD COLUMN name text;\n");
        CliRun unchanged = dryRun(dir, "--database-url", url, "--fail-on", "never", "db/migration");
        assertTrue(findings(unchanged, "dry-run-history-record").isEmpty(), describe(unchanged));
        // V2 is recorded as applied but no file has that version any more
        assertTrue(unchanged.stderr().contains("records migration 2 as applied, but no file of the history has that"
                + " version"), unchanged.stderr());
        write(dir, "db/migration/V1__users.sql", v1.replace("text", "varchar(200)"));
        CliRun changed = dryRun(dir, "--database-url", url, "--fail-on", "never", "db/migration");
        assertEquals(1, findings(changed, "dry-run-history-record").size(), describe(changed));
        assertEquals(Set.of("db/migration/V3__name.sql"), traced(changed), describe(changed));

        // --target a later file: the pending one before it runs first (the target depends on it), untraced
        write(dir, "db/migration/V4__name_index.sql", "CREATE INDEX users_name ON users (name);\n");
        String before = state("flyway_changed");
        CliRun targeted = dryRun(dir, "--database-url", url, "--fail-on", "never", "--target",
                "db/migration/V4__name_index.sql", "db/migration");
        assertTrue(findings(targeted, "dry-run-statement-failed").isEmpty(), describe(targeted));
        assertEquals(Set.of("db/migration/V4__name_index.sql"), traced(targeted), describe(targeted));
        assertEquals(before, state("flyway_changed"));
    }

    private static String fingerprint() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = given.connect("flyway_app")) {
            sb.append(Catalog.snapshot(c).entries()).append('\n');
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT c.relname, c.relfilenode, c.xmin::text FROM pg_class c JOIN pg_namespace n"
                            + " ON n.oid = c.relnamespace WHERE " + Catalog.USER_NAMESPACE + " ORDER BY 1")) {
                while (rs.next()) {
                    sb.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(' ').append(rs.getString(3))
                            .append('\n');
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT md5(string_agg(f::text, ',' ORDER BY installed_rank)) FROM flyway_schema_history f")) {
                rs.next();
                sb.append(rs.getString(1));
            }
        }
        return sb.toString();
    }
}
