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
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDryRunTest {

    @Test
    void errorsAreMappedToFileAndLineAndLaterStatementsStillRun(@TempDir Path dir) {
        write(dir, "db/001_init.sql", """
                CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);
                INSERT INTO users (email) VALUES ('a@example.com');
                """);
        write(dir, "db/002_change.sql", """
                ALTER TABLE users ADD COLUMN name TEXT;

                ALTER TABLE users ADD COLUMN age INTEGER NOT NULL;
                INSERT INTO users (email) VALUES (NULL);
                CREATE INDEX users_email ON users (email);
                """);
        CliRun run = dryRun(dir, "--dialect", "sqlite", "db");
        assertEquals(1, run.exitCode(), describe(run));
        List<JsonNode> failed = findings(run, "dry-run-statement-failed");
        assertEquals(2, failed.size(), describe(run));
        assertEquals(3, failed.get(0).path("startLine").asInt());
        assertTrue(failed.get(0).path("message").asText().contains("NOT NULL"), describe(run));
        assertEquals(4, failed.get(1).path("startLine").asInt());
        assertTrue(failed.get(1).path("message").asText().startsWith("failed with SQLSTATE SQLITE_CONSTRAINT_NOTNULL"),
                describe(run));
        assertTrue(findings(run, "dry-run-catalog-change").stream()
                .anyMatch(f -> f.path("message").asText().startsWith("added index users_email")), describe(run));
    }

    @Test
    void aGivenDatabaseFileIsCopiedAndNeverWritten(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("app.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL)");
            st.execute("INSERT INTO users (email) VALUES ('a@example.com'), ('a@example.com')");
        }
        byte[] before = Files.readAllBytes(db);
        write(dir, "db/002_unique.sql", "CREATE UNIQUE INDEX users_email ON users (email);\nDROP TABLE users;\n");
        CliRun run = dryRun(dir, "--dialect", "sqlite", "--database", "app.db", "db");
        assertEquals(1, run.exitCode(), describe(run));
        assertTrue(findings(run, "dry-run-statement-failed").get(0).path("message").asText()
                .contains("UNIQUE"), describe(run));
        assertArrayEquals(before, Files.readAllBytes(db));
        assertEquals(2, dryRun(dir, "--dialect", "sqlite", "--database", "missing.db", "db").exitCode());
    }
}
