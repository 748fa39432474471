package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile input ends with a clear line per file and exit 2 (or a clean run), never a stack trace or a
 * hang, and the other files are still linted. The timeouts are hang guards, not speed targets (those live in bench/).
 */
class HostileInputTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private CliRun lint(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.run(dir, args));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void unterminatedConstructsAreNamedWithTheirPositionAndOtherFilesStillLint() throws IOException {
        write("a_quote.sql", "CREATE TABLE t (a text DEFAULT 'oops);\n");
        write("b_dollar.sql", "DO $$ BEGIN PERFORM 1;\n");
        write("c_comment.sql", "SELECT 1;\n/* never closed\n");
        write("d_ok.sql", "CREAT TABLE x (id int);\n");
        CliRun run = lint("lint", "--fail-on", "note", "a_quote.sql", "b_dollar.sql", "c_comment.sql", "d_ok.sql");
        assertEquals(2, run.exitCode());
        assertEquals(String.join("\n",
                "a_quote.sql: 1:32: unterminated string literal",
                "b_dollar.sql: 1:4: unterminated dollar-quoted string $$",
                "c_comment.sql: 2:1: unterminated block comment", ""), run.stderr());
        assertTrue(run.stdout().contains("d_ok.sql:1:1"), run.stdout());
    }

    @Test
    void deepNestingAndHugeStatementCountsFinish() throws IOException {
        write("deep.sql", "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ";\n");
        write("comments.sql", "/*".repeat(20_000) + "x" + "*/".repeat(20_000) + "\nSELECT 1;\n");
        write("many.sql", "ALTER TABLE t ADD COLUMN c int;\n".repeat(60_000));
        StringBuilder rows = new StringBuilder("INSERT INTO t (a, b) VALUES\n");
        for (int i = 0; i < 100_000; i++) {
            rows.append(i == 0 ? "" : ",\n").append('(').append(i).append(", 'v").append(i).append("')");
        }
        write("rows.sql", rows.append(";\n").toString());
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "deep.sql", "comments.sql", "many.sql", "rows.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("60003 statements") || run.stdout().contains("60,003 statements"), run.stdout());
    }

    @Test
    void tenMegabyteFileIsLinted() throws IOException {
        write("big.sql", "INSERT INTO t (a, b) VALUES (1, 'x');\n".repeat(280_000));
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "big.sql");
        assertEquals(0, run.exitCode(), run.stderr());
    }

    @Test
    void emptyAndCommentOnlyFilesAreClean() throws IOException {
        write("empty.sql", "");
        write("comments.sql", "-- nothing\n/* at all */\n");
        CliRun run = lint("lint", "--fail-on", "note", "empty.sql", "comments.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("No findings in 2 files (0 statements)."), run.stdout());
    }

    @Test
    void symlinkLoopsAndDirectoriesNamedSqlAreSkippedInAHistory() throws IOException {
        Files.createDirectories(dir.resolve("history/dir.sql"));
        Files.createSymbolicLink(dir.resolve("history/loop"), dir.resolve("history"));
        Files.writeString(dir.resolve("history/001.sql"), "CREATE TABLE t (id bigint);\n");
        CliRun run = lint("lint", "history");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("1 file"), run.stdout());
    }

    @Test
    void aDirectoryNamedSqlIsReadAsAnEmptyHistory() throws IOException {
        Files.createDirectories(dir.resolve("x.sql"));
        CliRun run = lint("lint", "x.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("No findings in 0 files"), run.stdout());
    }

    @Test
    void unreadableFileIsOneLine() throws IOException {
        Path locked = dir.resolve("locked.sql");
        Files.writeString(locked, "SELECT 1;\n");
        boolean restricted = locked.toFile().setReadable(false, false) && !Files.isReadable(locked);
        org.junit.jupiter.api.Assumptions.assumeTrue(restricted, "running as root: permissions are not enforced");
        CliRun run = lint("lint", "locked.sql");
        assertEquals(2, run.exitCode());
        assertEquals("locked.sql: cannot read file (permission denied)\n", run.stderr());
    }

    @Test
    void noStackTraceEverReachesTheUser() throws IOException {
        Files.write(dir.resolve("nul.sql"), new byte[] {'S', 0, 'Q'});
        CliRun run = lint("lint", "nul.sql", "missing.sql");
        assertEquals(2, run.exitCode());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        assertEquals(2, run.stderr().lines().count(), run.stderr());
    }
}
