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

    @Test
    void prismaOnSqliteWithAFailedMigration(@TempDir Path dir) throws Exception {
        write(dir, "prisma/migrations/20240101000000_init/migration.sql",
                "CREATE TABLE \"User\" (\"id\" INTEGER NOT NULL PRIMARY KEY, \"email\" TEXT NOT NULL);\n");
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
                "INSERT INTO _prisma_migrations VALUES ('a', 'c1', '2024-01-01 00:00:01', '20240101000000_init', NULL,"
                        + " NULL, '2024-01-01 00:00:00', 1)",
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
                        (1, '1', 'users', 'SQL', 'V1__users.sql', 1234, 'postgres', now(), 5, true),
                        (2, '1.1', 'email index', 'SQL', 'V1_1__email.sql', 99, 'postgres', now(), 5, true);
                    CREATE INDEX users_email ON users (email);
                    """);
        }
        write(dir, "db/migration/V1__users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n");
        write(dir, "db/migration/V1_1__email.sql", "CREATE INDEX users_email ON users (email);\n");
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
