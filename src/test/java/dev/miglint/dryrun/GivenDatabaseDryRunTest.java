package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.dryRun;
import static dev.miglint.dryrun.DryRunFixtures.findings;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import dev.miglint.testing.GivenDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second embedded server stands in for the user's database: a dry run must leave it exactly as it was. */
class GivenDatabaseDryRunTest {
    private static final String PASSWORD = "s3cr3t-Pa55";
    private static EmbeddedServer users;

    @BeforeAll
    static void start() throws Exception {
        users = GivenDatabase.start("app", """
                CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text);
                CREATE TABLE orders (id integer PRIMARY KEY, user_id bigint REFERENCES users (id), status text);
                INSERT INTO users (email, name) SELECT 'u' || i || '@example.com', 'n' || (i % 3)
                  FROM generate_series(1, 200) i;
                INSERT INTO orders SELECT i, 1 + i % 200, 'new' FROM generate_series(1, 300) i;
                """);
    }

    @AfterAll
    static void stop() {
        users.close();
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + users.port() + "/app?user=postgres&password=" + PASSWORD;
    }

    /** Catalog entries and row counts, and the relfilenode and xmin of every user relation: byte for byte. */
    private static String fingerprint() throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Connection c = users.connect("app")) {
            sb.append(Catalog.snapshot(c).entries()).append('\n');
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT c.relname, c.relfilenode, c.xmin::text, c.relkind FROM pg_class c"
                            + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + Catalog.USER_NAMESPACE
                            + " ORDER BY c.relname")) {
                while (rs.next()) {
                    sb.append(rs.getString(1)).append(' ').append(rs.getLong(2)).append(' ').append(rs.getString(3))
                            .append(' ').append(rs.getString(4)).append('\n');
                }
            }
            for (String table : new String[] {"users", "orders"}) {
                try (Statement st = c.createStatement();
                        ResultSet rs = st.executeQuery("SELECT count(*), md5(string_agg(t::text, ',' ORDER BY t::text))"
                                + " FROM " + table + " t")) {
                    rs.next();
                    sb.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getString(2)).append('\n');
                }
            }
        }
        return sb.toString();
    }

    @Test
    void leavesTheDatabaseExactlyAsItWasEvenWhenAStatementFailsMidway(@TempDir Path dir) throws Exception {
        write(dir, "db/001_init.sql", "-- already applied to the user's database\n");
        write(dir, "db/002_change.sql", """
                ALTER TABLE orders ADD COLUMN note text;
                INSERT INTO users (email) VALUES ('new@example.com');
                UPDATE orders SET note = 'x';
                ALTER TABLE users ADD COLUMN age int NOT NULL;
                ALTER TABLE orders ALTER COLUMN id TYPE bigint;
                CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
                DROP TABLE users CASCADE;
                COMMIT;
                ALTER TABLE orders ADD COLUMN after_commit int;
                """);
        String before = fingerprint();
        CliRun run = dryRun(dir, "--database-url", jdbcUrl(), "db");
        assertEquals(1, run.exitCode(), describe(run));
        assertEquals(before, fingerprint());
        assertTrue(findings(run, "dry-run-statement-failed").get(0).path("message").asText()
                .startsWith("failed with SQLSTATE 23502"), describe(run));
        assertEquals(4, findings(run, "dry-run-statement-failed").get(0).path("startLine").asInt());
        assertEquals(1, findings(run, "dry-run-table-rewrite").size(), describe(run));
        assertTrue(findings(run, "dry-run-skipped").stream().anyMatch(f -> f.path("startLine").asInt() == 6
                && f.path("message").asText().contains("cannot run inside a transaction")), describe(run));
        assertTrue(run.stderr().contains("connected to PostgreSQL 17."), run.stderr());
        assertFalse((run.stdout() + run.stderr()).contains(PASSWORD), describe(run));
    }

    @Test
    void lockTimeoutBoundsTheWait(@TempDir Path dir) throws Exception {
        write(dir, "db/002_change.sql", "ALTER TABLE orders ADD COLUMN waits int;\n");
        try (Connection other = users.connect("app"); Statement st = other.createStatement()) {
            other.setAutoCommit(false);
            st.execute("LOCK TABLE orders IN ACCESS SHARE MODE");
            long t0 = System.nanoTime();
            CliRun run = dryRun(dir, "--database-url", jdbcUrl(), "--lock-timeout", "200ms", "db");
            assertTrue((System.nanoTime() - t0) / 1_000_000 < 10_000);
            assertTrue(findings(run, "dry-run-statement-failed").get(0).path("message").asText()
                    .startsWith("failed with SQLSTATE 55P03"), describe(run));
            other.rollback();
        }
    }

    @Test
    void passwordsNeverAppear(@TempDir Path dir) throws Exception {
        write(dir, "db/002_change.sql", "ALTER TABLE orders ADD COLUMN n int;\n");
        String libpq = "postgres://postgres:" + PASSWORD + "@127.0.0.1:" + users.port() + "/app";
        CliRun fromEnv = dryRun(dir, Map.of("DATABASE_URL", libpq), "--database-url", "env:DATABASE_URL", "db");
        assertEquals(1, fromEnv.exitCode(), describe(fromEnv));
        assertTrue(fromEnv.stderr().contains("at 127.0.0.1:" + users.port() + "/app"), fromEnv.stderr());
        assertFalse((fromEnv.stdout() + fromEnv.stderr()).contains(PASSWORD), describe(fromEnv));

        // a server that is not there: the driver's error must not carry the password either
        int closedPort = users.port() == 1 ? 2 : 1;
        for (String url : new String[] {
            "postgres://postgres:" + PASSWORD + "@127.0.0.1:" + closedPort + "/app",
            "jdbc:postgresql://127.0.0.1:" + closedPort + "/app?user=postgres&password=" + PASSWORD,
            "jdbc:postgresql://127.0.0.1:" + closedPort + "/nope?password=" + PASSWORD + "&user=postgres",
            "mysql://root:" + PASSWORD + "@127.0.0.1/app",
        }) {
            CliRun run = dryRun(dir, "--database-url", url, "db");
            assertEquals(2, run.exitCode(), describe(run));
            assertFalse((run.stdout() + run.stderr()).contains(PASSWORD), describe(run));
            assertTrue(run.stderr().startsWith("miglint: "), run.stderr());
        }
        CliRun implicit = dryRun(dir, Map.of("DATABASE_URL", libpq), "db");
        assertEquals(1, implicit.exitCode(), describe(implicit));
        assertTrue(implicit.stderr().contains("the database DATABASE_URL names"), implicit.stderr());
        assertTrue(implicit.stderr().contains("at 127.0.0.1:" + users.port() + "/app"), implicit.stderr());
        assertFalse((implicit.stdout() + implicit.stderr()).contains(PASSWORD), describe(implicit));
        CliRun conflicting = dryRun(dir, Map.of(), "--embedded", "--database-url", libpq, "db");
        assertEquals(2, conflicting.exitCode());
        assertFalse(conflicting.stderr().contains(PASSWORD), conflicting.stderr());

        CliRun unset = dryRun(dir, Map.of(), "--database-url", "env:DATABASE_URL", "db");
        assertEquals(2, unset.exitCode());
        assertTrue(unset.stderr().contains("DATABASE_URL is not set"), unset.stderr());
    }

    private static List<String> dryRunSessions() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = users.connect("postgres"); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT pid, state, query FROM pg_stat_activity"
                        + " WHERE application_name = 'miglint dry-run'")) {
            while (rs.next()) {
                out.add(rs.getInt(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return out;
    }

    private static boolean waitFor(java.util.concurrent.Callable<Boolean> condition, long millis) throws Exception {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.call()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.call();
    }

    /**
     * The dry run as a separate process, stopped with SIGTERM, SIGINT or SIGKILL while its transaction holds
     * ACCESS EXCLUSIVE on orders and sleeps: the database is unchanged, the lock is gone and no session is left
     * (SIGTERM/SIGINT: the shutdown hook cancels and closes; SIGKILL: client_connection_check_interval).
     */
    @Test
    void interruptedRunLeavesNoChangeNoLockAndNoSession(@TempDir Path dir) throws Exception {
        write(dir, "db/002_change.sql", """
                ALTER TABLE orders ADD COLUMN paused int;
                INSERT INTO users (email) VALUES ('while-sleeping@example.com');
                SELECT pg_sleep(30);
                """);
        String before = fingerprint();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String signal : new String[] {"TERM", "INT", "KILL"}) {
            Path log = dir.resolve("dry-run-" + signal + ".log");
            // env resets SIGINT: a test run started as a background job inherits it ignored, and the JVM keeps it so
            Process p = new ProcessBuilder("env", "--default-signal=INT", java, "-cp", System.getProperty("java.class.path"),
                    "dev.miglint.cli.Main",
                    "dry-run", "--database-url", jdbcUrl(), "--statement-timeout", "60s", "db")
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                assertTrue(waitFor(() -> dryRunSessions().stream().anyMatch(q -> q.contains("pg_sleep")), 60_000),
                        signal + ": the dry run never reached pg_sleep: " + Files.readString(log));
                Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start();
                assertEquals(0, kill.waitFor());
                assertTrue(p.waitFor(20, TimeUnit.SECONDS), signal + ": the process did not end");
            } finally {
                p.destroyForcibly();
            }
            // SIGKILL: the server notices the dead client within client_connection_check_interval (1 s), not 30 s
            assertTrue(waitFor(() -> dryRunSessions().isEmpty(), 8_000), signal + ": sessions left: " + dryRunSessions());
            assertEquals(before, fingerprint(), signal);
            try (Connection c = users.connect("app"); Statement st = c.createStatement()) {
                c.setAutoCommit(false);
                st.execute("SET lock_timeout = '1s'");
                st.execute("LOCK TABLE orders IN ACCESS EXCLUSIVE MODE"); // nobody holds a lock on it any more
                c.rollback();
            }
            String output = Files.readString(log);
            assertFalse(output.contains(PASSWORD), output);
            assertFalse(output.contains("\tat ") || output.contains("Exception"), output);
        }
    }

    @Test
    void passwordsWithSpecialCharactersNeverAppearInAnyForm(@TempDir Path dir) throws Exception {
        write(dir, "db/002_change.sql", "ALTER TABLE orders ADD COLUMN m int;\n");
        String secret = "p@ss:w/rd%41?&x";
        String encoded = java.net.URLEncoder.encode(secret, java.nio.charset.StandardCharsets.UTF_8);
        int closedPort = users.port() == 1 ? 2 : 1;
        String[] urls = {
            "postgresql://postgres:" + encoded + "@127.0.0.1:" + closedPort + "/app",
            "jdbc:postgresql://127.0.0.1:" + closedPort + "/app?user=postgres&password=" + encoded,
            "jdbc:postgresql://127.0.0.1:" + closedPort + "/app?password=" + encoded + "&ssl=false&user=postgres",
            "jdbc:postgresql://127.0.0.1:" + users.port() + "/no_such_db?user=postgres&password=" + encoded,
        };
        for (String url : urls) {
            for (boolean fromEnv : new boolean[] {false, true}) {
                CliRun run = fromEnv
                        ? dryRun(dir, Map.of("DATABASE_URL", url), "--database-url", "env:DATABASE_URL", "db")
                        : dryRun(dir, "--database-url", url, "db");
                String all = run.stdout() + run.stderr();
                assertEquals(2, run.exitCode(), describe(run));
                assertFalse(all.contains(secret) || all.contains(encoded) || all.contains("w/rd"), describe(run));
                assertFalse(all.contains("\tat "), describe(run));
            }
        }
    }
}
