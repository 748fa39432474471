package dev.miglint.dryrun;

import static dev.miglint.dryrun.DryRunFixtures.describe;
import static dev.miglint.dryrun.DryRunFixtures.dryRun;
import static dev.miglint.dryrun.DryRunFixtures.findings;
import static dev.miglint.dryrun.DryRunFixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Dry runs on the embedded server: one server for the whole class, a fresh database per history. */
@ExtendWith(SharedEmbeddedServer.class)
class EmbeddedDryRunTest {
    static final String INIT = """
            CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL UNIQUE, name text);
            CREATE TABLE orders (
              id integer PRIMARY KEY,
              user_id bigint NOT NULL REFERENCES users (id),
              total numeric(10, 2),
              status text
            );
            INSERT INTO users (email) VALUES ('kept@example.com');
            """;

    @Test
    void notNullColumnWithoutDefaultOnAPopulatedTableFailsWith23502(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_note.sql", """
                -- a comment first
                ALTER TABLE users ADD COLUMN age int;

                ALTER TABLE orders
                  ADD COLUMN note text NOT NULL;
                ALTER TABLE users ADD COLUMN nick text;
                """);
        CliRun run = dryRun(dir, "db");
        assertEquals(1, run.exitCode(), describe(run));
        List<JsonNode> failed = findings(run, "dry-run-statement-failed");
        assertEquals(1, failed.size(), describe(run));
        JsonNode f = failed.get(0);
        assertTrue(f.path("message").asText().startsWith("failed with SQLSTATE 23502: column \"note\" of relation"
                + " \"orders\" contains null values"), f.toString());
        assertEquals("db/002_note.sql", f.path("path").asText());
        assertEquals(4, f.path("startLine").asInt());
        assertEquals(1, f.path("startColumn").asInt());
        // after the failure the next statement still ran (rolled back to the savepoint)
        assertTrue(findings(run, "dry-run-catalog-change").stream()
                .anyMatch(c -> c.path("message").asText().startsWith("added column users.nick (text)")), describe(run));
        assertTrue(run.stderr().contains("embedded PostgreSQL 17."), run.stderr());
    }

    @Test
    void withoutRowsTheSameColumnIsAdded(@TempDir Path dir) {
        write(dir, "db/001_init.sql", "CREATE TABLE orders (id int PRIMARY KEY);");
        write(dir, "db/002_note.sql", "ALTER TABLE orders ADD COLUMN note text NOT NULL;");
        CliRun run = dryRun(dir, "--rows", "0", "--fail-on", "never", "db");
        assertEquals(0, run.exitCode(), describe(run));
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
    }

    @Test
    void anUpdateOfEveryRowLocksThemAndOneByKeyDoesNot(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_backfill.sql", """
                UPDATE orders SET status = 'new';
                UPDATE orders SET total = 0 WHERE id = 7;
                CREATE TABLE archive (id int PRIMARY KEY, status text);
                INSERT INTO archive SELECT id, status FROM orders;
                UPDATE archive SET status = 'old';
                DELETE FROM orders WHERE id <= 600;
                """);
        CliRun run = dryRun(dir, "--fail-on", "never", "db");
        List<JsonNode> locked = findings(run, "dry-run-rows-locked");
        // every synthetic row of orders, then the 600 of the DELETE; not the one row by key, not the new table
        assertEquals(List.of(1, 6), locked.stream().map(f -> f.path("startLine").asInt()).toList(), describe(run));
        assertTrue(locked.get(0).path("message").asText().matches("updated or deleted 1000 rows of orders in [0-9.]+ ms;"
                + " each stays locked against other writers until the transaction commits"), describe(run));
        assertEquals("warning", locked.get(0).path("level").asText());
        assertTrue(locked.get(1).path("message").asText().startsWith("updated or deleted 600 rows of orders"),
                describe(run));
    }

    @Test
    void createIndexTakesShareLockThatBlocksWrites(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_index.sql", "CREATE INDEX orders_status_idx ON orders (status);\n");
        CliRun run = dryRun(dir, "db");
        List<JsonNode> locks = findings(run, "dry-run-strong-lock");
        assertEquals(1, locks.size(), describe(run));
        assertEquals("warning", locks.get(0).path("level").asText());
        // the build reads every row (1000 synthetic ones) while the lock is held
        assertTrue(locks.get(0).path("message").asText().matches("took ShareLock on orders and held it while this"
                + " statement read or wrote 1000 rows \\(held [0-9.]+ ms until commit, [0-9.]+ ms of it in this"
                + " statement\\); it blocks writes \\(INSERT, UPDATE, DELETE\\), but not reads; this statement takes .*"),
                locks.get(0).path("message").asText());
        assertTrue(findings(run, "dry-run-catalog-change").get(0).path("message").asText()
                .startsWith("added index orders_status_idx (CREATE INDEX"), describe(run));
        // the static rule's finding on the same statement is confirmed by what the trace saw
        JsonNode staticFinding = findings(run, "index-without-concurrently").get(0);
        assertTrue(staticFinding.path("confirmed").asBoolean(), staticFinding.toString());
        assertTrue(staticFinding.path("observed").asText().startsWith("dry run: took ShareLock on orders"),
                staticFinding.toString());
    }

    @Test
    void aBriefLockWithoutLockTimeoutConfirmsMissingLockTimeout(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_note.sql", "ALTER TABLE orders ADD COLUMN note text;\n");
        CliRun run = dryRun(dir, "db");
        JsonNode finding = findings(run, "missing-lock-timeout").get(0);
        assertTrue(finding.path("confirmed").asBoolean(), describe(run));
        assertTrue(finding.path("observed").asText().startsWith("dry run: took AccessExclusiveLock on orders (")
                && finding.path("observed").asText().endsWith("every later query on it queues"), finding.toString());
    }

    @Test
    void integerToBigintRewritesTheTable(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_bigint.sql", "ALTER TABLE orders ALTER COLUMN id TYPE bigint;\n");
        CliRun run = dryRun(dir, "--rows", "500", "db");
        List<JsonNode> rewrites = findings(run, "dry-run-table-rewrite");
        assertEquals(1, rewrites.size(), describe(run));
        assertTrue(rewrites.get(0).path("message").asText().matches("rewrote orders \\(\\d+ kB, 500 rows\\) in .*"),
                rewrites.get(0).toString());
        assertTrue(findings(run, "dry-run-strong-lock").get(0).path("message").asText()
                .startsWith("took AccessExclusiveLock on orders"), describe(run));
        assertTrue(findings(run, "column-type-change-rewrite").get(0).path("observed").asText()
                .startsWith("dry run: rewrote orders"), describe(run));
    }

    @Test
    void aUniqueConstraintBrokenOnlyByOurDuplicatesIsNotTheMigrationsFailure(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_unique.sql", "ALTER TABLE orders ADD CONSTRAINT orders_status_key UNIQUE (status);\n");
        CliRun run = dryRun(dir, "db");
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
        JsonNode ours = findings(run, "dry-run-synthetic-rows").get(0);
        assertTrue(ours.path("message").asText().startsWith("with the synthetic rows of public.orders it failed with"
                + " SQLSTATE 23505"), ours.toString());
        // traced again without them: the constraint is there
        assertTrue(findings(run, "dry-run-catalog-change").stream()
                .anyMatch(c -> c.path("message").asText().contains("orders_status_key")), describe(run));
    }

    @Test
    void syntheticRowsRespectChecksDomainsEnumsAndForeignKeys(@TempDir Path dir) throws Exception {
        write(dir, "db/001_init.sql", """
                CREATE DOMAIN positive_cents AS bigint CHECK (VALUE > 0);
                CREATE DOMAIN country AS text CHECK (VALUE IN ('DE', 'FR', 'NL'));
                CREATE TYPE mood AS ENUM ('happy', 'sad');
                CREATE TABLE customers (id bigint PRIMARY KEY, home country NOT NULL, feeling mood NOT NULL);
                CREATE TABLE invoices (
                  id bigint PRIMARY KEY,
                  customer_id bigint NOT NULL REFERENCES customers (id),
                  amount positive_cents NOT NULL,
                  discount int NOT NULL CHECK (discount BETWEEN 1 AND 5),
                  status text NOT NULL CHECK (status IN ('open', 'paid')),
                  CHECK (discount < amount)
                );
                """);
        write(dir, "db/002_touch.sql", "CREATE INDEX invoices_status ON invoices (status);\n");
        CliRun run = dryRun(dir, "--rows", "300", "db");
        assertTrue(findings(run, "dry-run-synthetic-rows").isEmpty(), describe(run));
        // the index build read the 300 rows that were made, each passing every CHECK and domain
        String lock = findings(run, "dry-run-strong-lock").get(0).path("message").asText();
        java.util.regex.Matcher read = java.util.regex.Pattern.compile("read or wrote (\\d+) rows").matcher(lock);
        assertTrue(read.find(), lock);
        assertEquals(300, Integer.parseInt(read.group(1)), lock);
    }

    @Test
    void renamesReadAsRenames(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT + "CREATE INDEX orders_status_idx ON orders (status);\n");
        write(dir, "db/002_renames.sql", """
                ALTER TABLE orders RENAME COLUMN total TO total_amount;
                ALTER TABLE orders RENAME TO purchases;
                ALTER INDEX orders_status_idx RENAME TO purchases_status_idx;
                ALTER TABLE purchases DROP COLUMN status, ADD COLUMN state text;
                """);
        CliRun run = dryRun(dir, "--fail-on", "never", "db");
        List<String> changes = findings(run, "dry-run-catalog-change").stream()
                .map(f -> f.path("startLine").asInt() + ": " + f.path("message").asText().replaceFirst(" \\([0-9.]+ ms\\)$", ""))
                .toList();
        assertEquals("1: renamed column orders.total to total_amount", changes.get(0), describe(run));
        // the table's columns, constraints and indexes move with it: one line, not a drop and an add of each
        assertEquals("2: renamed table orders to purchases", changes.get(1), describe(run));
        assertEquals("3: renamed index orders_status_idx to purchases_status_idx", changes.get(2));
        // a dropped column and a new one are not a rename
        assertTrue(changes.get(3).startsWith("4: dropped column purchases.status (text)"), changes.get(3));
        assertTrue(changes.get(3).contains("added column purchases.state (text)"), changes.get(3));
    }

    @Test
    void perTableRowCountsAndHowTheLockScales(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_index.sql", "CREATE INDEX orders_status_idx ON orders (status);\n");
        CliRun run = dryRun(dir, "--rows", "orders=300,users=20", "db");
        String lock = findings(run, "dry-run-strong-lock").get(0).path("message").asText();
        assertTrue(lock.contains("while this statement read or wrote 300 rows"), lock);
        // traced again with twice the rows: the time per 1,000 rows comes from the two runs
        assertTrue(lock.matches(".*; this statement takes [0-9.]+ ms per 1,000 rows, about [0-9.]+ m?s per million"
                + " rows \\(measured at 300 and 600 rows: [0-9.]+ ms and [0-9.]+ ms\\)"), lock);
        assertEquals(2, dryRun(dir, "--rows", "orders=many", "db").exitCode());
        assertEquals(2, dryRun(dir, "--rows", "=5", "db").exitCode());
    }

    @Test
    void onlyTargetsThatWorkedOnRowsAreTracedASecondTime(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_age.sql", "SET lock_timeout = '1s';\nALTER TABLE users ADD COLUMN age int;\n");
        write(dir, "db/003_index.sql", "CREATE INDEX orders_status_idx ON orders (status);\n");
        // a catalog-only change: its time does not grow with the table, so there is no second trace at all
        CliRun catalogOnly = dryRun(dir, "--rows", "300", "--fail-on", "never", "--target", "db/002_age.sql", "db");
        assertTrue(catalogOnly.stderr().contains("db: no traced statement read or wrote table rows, so none is traced"
                + " again at a second row count"), describe(catalogOnly));
        // the index build read the table: traced again (the catalog-only target before it is then only applied)
        CliRun both = dryRun(dir, "--rows", "300", "--fail-on", "never", "--target", "db/002_age.sql", "--target",
                "db/003_index.sql", "db");
        assertTrue(!both.stderr().contains("traced again at a second row count"), describe(both));
        List<String> locks = findings(both, "dry-run-strong-lock").stream()
                .map(f -> f.path("path").asText() + ": " + f.path("message").asText()).toList();
        assertEquals(2, locks.size(), describe(both));
        assertTrue(locks.get(0).startsWith("db/002_age.sql: took AccessExclusiveLock on users for a catalog-only"
                + " change") && !locks.get(0).contains("measured at"), describe(both));
        assertTrue(locks.get(1).startsWith("db/003_index.sql: took ShareLock on orders")
                && locks.get(1).contains("(measured at 300 and 600 rows"), describe(both));
    }

    @Test
    void duplicatesTheHistoryInsertedItselfStillFailTheMigration(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT + "INSERT INTO orders VALUES (-1, 1, 1, 'same'), (-2, 1, 1, 'same');\n");
        write(dir, "db/002_unique.sql", "ALTER TABLE orders ADD CONSTRAINT orders_status_key UNIQUE (status);\n");
        CliRun run = dryRun(dir, "db");
        List<JsonNode> failed = findings(run, "dry-run-statement-failed");
        assertEquals(1, failed.size(), describe(run));
        assertTrue(failed.get(0).path("message").asText().startsWith("failed with SQLSTATE 23505"), describe(run));
    }

    @Test
    void aForeignKeyOurRandomReferencesBreakIsNotReportedOrConfirmed(@TempDir Path dir) {
        write(dir, "db/001_init.sql", """
                CREATE TABLE users (id bigint PRIMARY KEY);
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint NOT NULL);
                """);
        write(dir, "db/002_fk.sql",
                "ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id);\n");
        CliRun run = dryRun(dir, "db");
        assertTrue(findings(run, "dry-run-statement-failed").isEmpty(), describe(run));
        assertTrue(findings(run, "dry-run-synthetic-rows").get(0).path("message").asText().contains("23503"),
                describe(run));
        for (JsonNode f : findings(run, "constraint-without-not-valid")) {
            assertTrue(!f.path("observed").asText().contains("failed"), f.toString());
        }
        // validating the constraint read the table while the locks were held
        assertTrue(findings(run, "dry-run-strong-lock").stream()
                .allMatch(f -> f.path("level").asText().equals("warning")), describe(run));
    }

    @Test
    void roundTripFindsADownThatForgetsAColumn(@TempDir Path dir) {
        write(dir, "db/001_init.up.sql", INIT);
        write(dir, "db/001_init.down.sql", "DROP TABLE orders; DROP TABLE users;\n");
        write(dir, "db/002_more.up.sql", """
                ALTER TABLE users ADD COLUMN age int;
                ALTER TABLE users ADD COLUMN nick text;
                CREATE INDEX users_nick_idx ON users (nick);
                """);
        write(dir, "db/002_more.down.sql", """
                DROP INDEX users_nick_idx;
                ALTER TABLE users DROP COLUMN nick;
                """);
        CliRun run = dryRun(dir, "db");
        List<JsonNode> trip = findings(run, "dry-run-round-trip");
        assertEquals(2, trip.size(), describe(run));
        assertEquals("after up and down the schema differs from before the up: added column users.age (integer)",
                trip.get(0).path("message").asText());
        assertEquals("db/002_more.down.sql", trip.get(0).path("path").asText());
        // and the up does not re-apply on top of what the down left behind
        assertTrue(trip.get(1).path("message").asText().endsWith("the up migration, applied again after the down,"
                + " failed with SQLSTATE 42701: column \"age\" of relation \"users\" already exists"), describe(run));
        assertEquals("db/002_more.up.sql", trip.get(1).path("path").asText());
    }

    @Test
    void aCompleteDownPassesTheRoundTrip(@TempDir Path dir) {
        write(dir, "db/001_init.up.sql", INIT);
        write(dir, "db/002_more.up.sql", "ALTER TABLE users ADD COLUMN age int;\n");
        write(dir, "db/002_more.down.sql", "ALTER TABLE users DROP COLUMN age;\n");
        CliRun run = dryRun(dir, "db");
        assertTrue(findings(run, "dry-run-round-trip").isEmpty(), describe(run));
    }

    @Test
    void concurrentIndexRunsOutsideTheTransaction(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_index.sql", """
                CREATE INDEX CONCURRENTLY orders_status_idx ON orders (status);
                ALTER TABLE orders ADD COLUMN shipped boolean;
                """);
        CliRun run = dryRun(dir, "--fail-on", "never", "db");
        assertEquals(0, run.exitCode(), describe(run));
        List<JsonNode> outside = findings(run, "dry-run-outside-transaction");
        assertEquals(1, outside.size(), describe(run));
        assertEquals(1, outside.get(0).path("startLine").asInt());
        // a catalog-only ADD COLUMN holds its lock for an instant: reported, but not as a hazard
        JsonNode add = findings(run, "dry-run-strong-lock").stream().filter(f -> f.path("startLine").asInt() == 2)
                .findFirst().orElseThrow(() -> new AssertionError(describe(run)));
        assertEquals("note", add.path("level").asText(), add.toString());
        assertTrue(add.path("message").asText().startsWith("took AccessExclusiveLock on orders for a catalog-only"
                + " change: no table rows were read or written while it was held (held "), add.toString());
    }

    @Test
    void aCatalogOnlyLockIsAHazardWhenLaterStatementsWorkWhileItIsHeld(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_add_then_backfill.sql", """
                SET lock_timeout = '5s';
                ALTER TABLE users ADD COLUMN nick text;
                UPDATE orders SET status = 'x';
                """);
        // run statement by statement (a plain folder), the lock ends with its statement: an instant
        assertEquals("note", addColumnLock(dryRun(dir, "db")).path("level").asText());
        // in the framework's one transaction it is held while the UPDATE writes every row
        write(dir, "miglint.toml", "assume_in_transaction = true\n");
        JsonNode add = addColumnLock(dryRun(dir, "db"));
        assertEquals("warning", add.path("level").asText(), add.toString());
        assertTrue(add.path("message").asText().contains("later statements of the migration read or wrote "),
                add.toString());
    }

    @Test
    void workWhileAnEarlierStatementsLockIsHeldConfirmsTheLaterStatement(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_fk.sql", """
                SET lock_timeout = '5s';
                BEGIN;
                ALTER TABLE orders ADD CONSTRAINT orders_user_fk2 FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID;
                ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk2;
                COMMIT;
                """);
        CliRun run = dryRun(dir, "db");
        JsonNode validate = findings(run, "validate-in-same-transaction").get(0);
        assertEquals(4, validate.path("startLine").asInt(), describe(run));
        assertTrue(validate.path("confirmed").asBoolean(), describe(run));
        String observed = validate.path("observed").asText();
        assertTrue(observed.startsWith("dry run: read or wrote ") && observed.contains(
                " rows while this transaction held ShareRowExclusiveLock on orders"), validate.toString());
    }

    private static JsonNode addColumnLock(CliRun run) {
        return findings(run, "dry-run-strong-lock").stream().filter(f -> f.path("startLine").asInt() == 2)
                .findFirst().orElseThrow(() -> new AssertionError(describe(run)));
    }

    @Test
    void theBundledSafeExamplePassesTheDryRun() {
        Path examples = Path.of("examples/safe-postgres").toAbsolutePath();
        CliRun run = dryRun(examples.getParent().getParent(), "examples/safe-postgres");
        assertEquals(0, run.exitCode(), describe(run));
        List<JsonNode> locks = findings(run, "dry-run-strong-lock");
        assertEquals(1, locks.size(), describe(run));
        assertEquals("note", locks.get(0).path("level").asText());
    }

    @Test
    void targetOptionAndSetupFailure(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_broken.sql", "ALTER TABLE nowhere ADD COLUMN x int;\n");
        write(dir, "db/003_last.sql", "ALTER TABLE users ADD COLUMN age int;\n");
        CliRun broken = dryRun(dir, "db");
        List<JsonNode> setup = findings(broken, "dry-run-setup-failed");
        assertEquals(1, setup.size(), describe(broken));
        assertEquals("db/002_broken.sql", setup.get(0).path("path").asText());
        assertTrue(setup.get(0).path("message").asText().contains("42P01"), describe(broken));

        CliRun targeted = dryRun(dir, "--target", "db/002_broken.sql", "--", "db");
        List<JsonNode> failed = findings(targeted, "dry-run-statement-failed");
        assertEquals(1, failed.size(), describe(targeted));
        assertEquals("db/002_broken.sql", failed.get(0).path("path").asText());

        // the documented forms: --target FILE before the PATH, and --target=FILE
        for (CliRun documented : List.of(dryRun(dir, "--target", "db/002_broken.sql", "db"),
                dryRun(dir, "--target=db/002_broken.sql", "db"))) {
            assertEquals("db/002_broken.sql", findings(documented, "dry-run-statement-failed").get(0).path("path")
                    .asText(), describe(documented));
        }
        CliRun both = dryRun(dir, "--target", "db/002_broken.sql", "--target", "db/003_last.sql", "db");
        assertTrue(both.stderr().contains("db/002_broken.sql could not be applied for the targets after it (SQLSTATE"
                + " 42P01); they were not traced"), both.stderr());
        assertEquals(List.of("db/002_broken.sql", "db/003_last.sql"), JsonFindings.parse(both.stdout()).findings()
                .stream().map(f -> f.path("path").asText()).distinct().sorted().toList(), describe(both));

        CliRun unknown = dryRun(dir, "--target", "db/nope.sql", "--", "db");
        assertEquals(2, unknown.exitCode(), describe(unknown));
    }

    @Test
    void textReportAndBadOptions(@TempDir Path dir) {
        write(dir, "db/001_init.sql", INIT);
        write(dir, "db/002_index.sql", "CREATE INDEX orders_status_idx ON orders (status);\n");
        CliRun run = CliRun.run(dir, "dry-run", "--no-color", "db");
        assertEquals(1, run.exitCode(), describe(run));
        assertTrue(run.stdout().contains("db/002_index.sql:1:1: warning[dry-run-strong-lock] took ShareLock on orders"),
                run.stdout());
        assertEquals(2, CliRun.run(dir, "dry-run", "--rows", "-1", "db").exitCode());
        assertEquals(2, CliRun.run(dir, "dry-run", "--dialect", "mysql", "db").exitCode());
        assertEquals(2, CliRun.run(dir, "dry-run", "--lock-timeout", "soon", "db").exitCode());
    }
}
