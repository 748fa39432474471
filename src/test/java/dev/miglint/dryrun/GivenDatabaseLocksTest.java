package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.dryRun;
import static dev.miglint.dryrun.DryRunFixtures.findings;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import dev.miglint.testing.DatabaseSnapshot;
import dev.miglint.testing.GivenDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another session's ACCESS EXCLUSIVE lock on a table the migration does not touch must not stop the dry run: the
 * catalog reads skip the definitions they cannot read without waiting, and the report says which.
 */
class GivenDatabaseLocksTest {
    private static EmbeddedServer users;

    @BeforeAll
    static void start() throws Exception {
        users = GivenDatabase.start("app", """
                CREATE TABLE orders (id integer PRIMARY KEY, status text);
                CREATE TABLE busy (id int PRIMARY KEY DEFAULT 1 CHECK (id > 0), note text);
                CREATE INDEX busy_lower ON busy (lower(note));
                CREATE VIEW busy_view AS SELECT id FROM busy;
                """);
    }

    @AfterAll
    static void stop() {
        users.close();
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + users.port() + "/app?user=postgres";
    }

    @Test
    void aLockOnAnUnrelatedTableDegradesTheReportInsteadOfFailingTheRun(@TempDir Path dir) throws Exception {
        write(dir, "db/002_change.sql", "ALTER TABLE orders ADD COLUMN note text;\n");
        String before = DatabaseSnapshot.of(users, "app");
        try (Connection holder = users.connect("app"); Statement st = holder.createStatement()) {
            holder.setAutoCommit(false);
            st.execute("LOCK TABLE busy IN ACCESS EXCLUSIVE MODE");
            st.execute("LOCK TABLE busy_view IN ACCESS EXCLUSIVE MODE");

            CliRun run = dryRun(dir, "--database-url", jdbcUrl(), "--lock-timeout", "2s", "--fail-on", "never", "db");

            assertEquals(0, run.exitCode(), describe(run));
            assertTrue(findings(run, "dry-run-catalog-change").stream()
                    .anyMatch(f -> f.path("message").asText().startsWith("added column orders.note")), describe(run));
            assertTrue(run.stderr().contains("could not read") && run.stderr().contains("column busy.id"),
                    describe(run));
            holder.rollback();
        }
        assertEquals(before, DatabaseSnapshot.of(users, "app"));
    }

    @Test
    void withoutTheLockEveryDefinitionIsRead(@TempDir Path dir) {
        write(dir, "db/002_change.sql", "ALTER TABLE busy ALTER COLUMN id SET DEFAULT 2;\n");

        CliRun run = dryRun(dir, "--database-url", jdbcUrl(), "db");

        assertTrue(findings(run, "dry-run-catalog-change").stream()
                .anyMatch(f -> f.path("message").asText().contains("DEFAULT 1 -> integer NOT NULL DEFAULT 2")),
                describe(run));
        assertTrue(!run.stderr().contains("could not read"), describe(run));
    }
}
