package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.dryRun;
import static dev.miglint.dryrun.DryRunFixtures.findings;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.CliRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement that cannot run inside a transaction block fails in the dry run exactly where the deploy runs it
 * inside one: the file's own BEGIN, the framework's transaction, or a multi-statement query string. Elsewhere it
 * runs outside the traced transaction as before.
 */
@ExtendWith(SharedEmbeddedServer.class)
class DeployedTransactionDryRunTest {
    private static final String INIT = """
            CREATE TABLE items (id int PRIMARY KEY, qty int);
            CREATE INDEX items_qty ON items (qty);
            """;

    @Test
    void theFilesOwnBeginMakesDropIndexConcurrentlyFail(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_drop.sql", "BEGIN;\nDROP INDEX CONCURRENTLY items_qty;\nCOMMIT;\n");
        CliRun run = dryRun(dir, "--rows", "0", "--fail-on", "never", "db");
        List<JsonNode> failed = findings(run, "dry-run-statement-failed");
        assertEquals(1, failed.size(), describe(run));
        assertEquals(2, failed.get(0).path("startLine").asInt());
        assertEquals("failed with SQLSTATE 25001: DROP INDEX CONCURRENTLY cannot run inside a transaction block",
                failed.get(0).path("message").asText());
        assertTrue(findings(run, "dry-run-outside-transaction").isEmpty(), describe(run));
    }

    @Test
    void theFrameworksTransactionMakesVacuumFail(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_vacuum.sql", "VACUUM (FULL false) items;\n");
        write(dir, "miglint.toml", "assume_in_transaction = true\n");
        CliRun run = dryRun(dir, "--rows", "0", "--fail-on", "never", "db");
        assertEquals(List.of("failed with SQLSTATE 25001: VACUUM cannot run inside a transaction block"),
                findings(run, "dry-run-statement-failed").stream().map(f -> f.path("message").asText()).toList(),
                describe(run));
    }

    @Test
    void aFileThatCommitsTheFrameworksTransactionFirstRunsItsConcurrentWork(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_index.sql", "COMMIT;\nCREATE INDEX CONCURRENTLY items_id_qty ON items (id, qty);\nBEGIN;\n");
        write(dir, "miglint.toml", "assume_in_transaction = true\n");
        CliRun run = dryRun(dir, "--rows", "0", "--fail-on", "never", "db");
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
        assertEquals(1, findings(run, "dry-run-outside-transaction").size(), describe(run));
        assertTrue(findings(run, "dry-run-catalog-change").stream()
                .anyMatch(f -> f.path("message").asText().startsWith("added index items_id_qty")), describe(run));
    }

    @Test
    void withoutAnyTransactionVacuumRunsOutsideTheTracedOne(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_vacuum.sql", "VACUUM (FULL false) items;\n");
        CliRun run = dryRun(dir, "--rows", "0", "--fail-on", "never", "db");
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
        assertEquals(1, findings(run, "dry-run-outside-transaction").size(), describe(run));
    }
}
