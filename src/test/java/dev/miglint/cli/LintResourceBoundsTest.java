package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to overflow the stack, take quadratic time or memory, or hide the rest of a file (issue 11).
 * Runs on a thread with a 1 MB stack, the main thread's stack of a plain {@code java} run; the timeouts are hang
 * guards, not speed targets.
 */
class LintResourceBoundsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private CliRun lint(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> onSmallStack(() -> CliRun.run(dir, args)));
    }

    static CliRun onSmallStack(java.util.function.Supplier<CliRun> work) throws InterruptedException {
        AtomicReference<CliRun> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "one-megabyte-stack", 1 << 20);
        thread.start();
        thread.join();
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void viewWithALongStringOrCommentedApostropheDoesNotOverflowTheStack() throws IOException {
        write("a_view.sql", "CREATE TABLE posts (id int, body text);\n"
                + "CREATE VIEW v AS SELECT p.id, 'x" + "y".repeat(200_000) + "' AS note FROM posts p;\n"
                + "CREATE MATERIALIZED VIEW m AS SELECT id -- don't" + " z".repeat(100_000) + "\nFROM posts;\n"
                + "ALTER TABLE posts DROP COLUMN id;\n");
        CliRun run = lint("lint", "--format", "json", "--fail-on", "never", "a_view.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        assertTrue(JsonFindings.parse(run.stdout()).visibleRuleIds().contains("column-used-by-view"), run.stdout());
    }

    /** 3.7 MB took over 300 s when every word copied the text before it. */
    @Test
    void aHugeViewIsReadInLinearTime() throws IOException {
        StringBuilder view = new StringBuilder("CREATE TABLE t (a int);\nCREATE VIEW v AS SELECT ");
        for (int i = 0; i < 250_000; i++) {
            view.append("a").append(i % 10).append(" :: int, ");
        }
        write("big_view.sql", view.append("a FROM t;\n").toString());
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "big_view.sql");
        assertEquals(0, run.exitCode(), run.stderr());
    }

    @Test
    void anIgnoreCommentWithThousandsOfUnknownIdsIsOneShortFinding() throws IOException {
        StringBuilder ids = new StringBuilder("-- miglint:ignore");
        for (int i = 0; i < 100_000; i++) {
            ids.append(i == 0 ? " " : ", ").append("no-such-rule-").append(i);
        }
        write("ignore.sql", ids.append("\nSELECT 1;\n").toString());
        CliRun run = lint("lint", "--format", "json", "--fail-on", "never", "ignore.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        JsonFindings findings = JsonFindings.parse(run.stdout());
        assertEquals(java.util.List.of("invalid-suppression"), findings.visibleRuleIds());
        assertTrue(run.stdout().contains("unknown rule ids 'no-such-rule-0', 'no-such-rule-1', 'no-such-rule-2', "
                + "'no-such-rule-3', 'no-such-rule-4' and 99995 more in a miglint:ignore comment"), run.stdout());
    }

    @Test
    void delimiterOutsideMysqlIsAnErrorAndTheRestOfTheFileIsStillLinted() throws IOException {
        write("pg.sql", "DELIMITER //\nCREATE TABLE a (id int);\nDROP TABLE users;\n");
        CliRun run = lint("lint", "--format", "json", "--fail-on", "never", "pg.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        var ids = JsonFindings.parse(run.stdout()).visibleRuleIds();
        assertTrue(ids.contains("delimiter-outside-mysql"), ids.toString());
        assertTrue(ids.contains("drop-table"), ids.toString());

        write("my.sql", "DELIMITER //\nCREATE PROCEDURE p() BEGIN SELECT 1; END //\nDELIMITER ;\nDROP TABLE users;\n");
        CliRun mysql = lint("lint", "--format", "json", "--fail-on", "never", "--dialect", "mysql", "my.sql");
        assertFalse(JsonFindings.parse(mysql.stdout()).visibleRuleIds().contains("delimiter-outside-mysql"),
                mysql.stdout());
    }

    @Test
    void jsqlParserTreesWithMissingPartsAreUnparsedStatementsNotInternalErrors() throws IOException {
        write("pg.sql", "ALTER TABLE t ADD $a$x$a$;\n");
        write("my.sql", "ALTER TABLE t ADD \"x\";\n");
        CliRun pg = lint("lint", "--fail-on", "never", "pg.sql");
        CliRun my = lint("lint", "--fail-on", "never", "--dialect", "mysql", "my.sql");
        for (CliRun run : java.util.List.of(pg, my)) {
            assertEquals(0, run.exitCode(), run.stderr());
            assertTrue(run.stdout().contains("unparsed-statement"), run.stdout());
            assertFalse(run.stdout().contains("internal error") || run.stdout().contains("NullPointer"), run.stdout());
        }
    }

    /** The same per-character regex recursion judged SQLite column defaults, and CASTs were unwrapped recursively. */
    @Test
    void longOrDeeplyCastSqliteDefaultsDoNotOverflowTheStack() throws IOException {
        String deepCast = "CAST(".repeat(20_000) + "1" + " AS int)".repeat(20_000);
        write("a.sql", "ALTER TABLE t ADD COLUMN note text NOT NULL DEFAULT '" + "it''s ".repeat(50_000) + "';\n"
                + "ALTER TABLE t ADD COLUMN n int NOT NULL DEFAULT (" + deepCast + ");\n"
                + "ALTER TABLE t ADD COLUMN c text DEFAULT (CAST(" + "x".repeat(100_000) + " AS text));\n");
        CliRun run = lint("lint", "--format", "json", "--fail-on", "never", "--dialect", "sqlite", "a.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        // the long string is constant; nesting beyond any real default is judged not constant, as is a column
        assertEquals(2, JsonFindings.parse(run.stdout()).visibleRuleIds().stream()
                .filter("sqlite-add-column-non-constant-default"::equals).count(), run.stdout());
    }
}
