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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * On the embedded server migrations run as a role without superuser: code that reaches the shell or the server's
 * files through a path no check of ours can see (statements built from strings at run time) fails with a
 * permission error, which is reported as not traced rather than as the migration's failure.
 */
@ExtendWith(SharedEmbeddedServer.class)
class EmbeddedPrivilegeTest {
    private static List<JsonNode> notPermitted(CliRun run) {
        return findings(run, "dry-run-skipped").stream()
                .filter(f -> f.path("message").asText().contains("needs more than a database owner")).toList();
    }

    /** COPY ... TO PROGRAM and lo_export put together from pieces inside DO blocks. */
    private static String hiddenHostEffects(Path marker) {
        return "DO $$BEGIN EXECUTE 'CO' || 'PY (SELECT 1) TO PROG' || 'RAM ' || quote_literal('touch " + marker
                + "'); END$$;\n"
                + "DO $$BEGIN EXECUTE format('SELECT %s(lo_from_bytea(0, %L), %L)', 'lo_' || 'export', 'x', '"
                + marker + "'); END$$;\n"
                + "ALTER TABLE a ADD COLUMN b int;\n";
    }

    @Test
    void doBlocksBuildingHostEffectsAtRunTimeFailWithoutRunningAndAreNotTheMigrationsFailure(@TempDir Path dir) {
        Path marker = dir.resolve("ran");
        write(dir, "db/001_init.sql", "CREATE TABLE a (id int);\n");
        write(dir, "db/002_change.sql", hiddenHostEffects(marker));

        CliRun run = dryRun(dir, "--embedded", "--rows", "0", "db");

        assertFalse(Files.exists(marker), describe(run));
        assertEquals(2, notPermitted(run).size(), describe(run));
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
        // the statement after them is still traced
        assertTrue(findings(run, "dry-run-catalog-change").stream()
                .anyMatch(f -> f.path("message").asText().startsWith("added column a.b")), describe(run));
    }

    @Test
    void allowHostEffectsRunsThemAsASuperuser(@TempDir Path dir) {
        Path marker = dir.resolve("ran");
        write(dir, "db/001_init.sql", "CREATE TABLE a (id int);\n");
        write(dir, "db/002_change.sql", "DO $$BEGIN EXECUTE 'CO' || 'PY (SELECT 1) TO PROG' || 'RAM '"
                + " || quote_literal('touch " + marker + "'); END$$;\n");

        CliRun run = dryRun(dir, "--embedded", "--rows", "0", "--allow-host-effects", "db");

        assertTrue(Files.exists(marker), describe(run));
        assertTrue(notPermitted(run).isEmpty(), describe(run));
    }

    @Test
    void trustedExtensionsAndRolesStillWorkForTheDatabaseOwner(@TempDir Path dir) {
        write(dir, "db/001_init.sql", """
                CREATE EXTENSION IF NOT EXISTS citext;
                CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
                CREATE TABLE users (id uuid PRIMARY KEY DEFAULT uuid_generate_v4(), email citext);
                """);
        write(dir, "db/002_change.sql", """
                CREATE EXTENSION IF NOT EXISTS pgcrypto;
                CREATE EXTENSION IF NOT EXISTS hstore;
                CREATE ROLE app_reader;
                GRANT SELECT ON users TO app_reader;
                ALTER TABLE users ADD COLUMN secret bytea DEFAULT gen_random_bytes(8);
                """);

        CliRun run = dryRun(dir, "--embedded", "--rows", "0", "db");

        assertTrue(findings(run, "dry-run-setup-failed").isEmpty(), describe(run));
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
        assertTrue(findings(run, "dry-run-skipped").isEmpty(), describe(run));
    }

    @Test
    void anUntrustedExtensionIsNotTracedRatherThanFailed(@TempDir Path dir) {
        write(dir, "db/001_init.sql", "CREATE TABLE a (id int);\n");
        write(dir, "db/002_change.sql", "CREATE EXTENSION pg_stat_statements;\nALTER TABLE a ADD COLUMN b int;\n");

        CliRun run = dryRun(dir, "--embedded", "--rows", "0", "db");

        assertEquals(1, notPermitted(run).size(), describe(run));
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
    }
}
