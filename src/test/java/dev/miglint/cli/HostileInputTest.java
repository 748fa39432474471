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
    private static final Duration HANG_GUARD = Duration.ofSeconds(180); // the 9 MB case takes ~40 s on a loaded 2-core machine

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
    void aDirectoryNamedSqlWithoutMigrationsIsExitTwoWithOneLine() throws IOException {
        Files.createDirectories(dir.resolve("x.sql"));
        CliRun run = lint("lint", "x.sql");
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals("x.sql: no migration file (.sql) found under this directory; give the folder of the SQL migrations\n",
                run.stderr());
    }

    @Test
    void noStackTraceEverReachesTheUser() throws IOException {
        Files.write(dir.resolve("nul.sql"), new byte[] {'S', 0, 'Q'});
        CliRun run = lint("lint", "nul.sql", "missing.sql");
        assertEquals(2, run.exitCode());
        assertFalse(run.stderr().contains("\tat "), run.stderr());
        assertEquals(2, run.stderr().lines().count(), run.stderr());
    }

    private static String deep(String open, String middle, String close, int depth) {
        return open.repeat(depth) + middle + close.repeat(depth);
    }

    @Test
    void deepParenthesesInsideDdlReachTheRecognizersAndJSqlParserAndFinish() throws IOException {
        int n = 20_000;
        write("a_create.sql", "CREATE TABLE t (a int DEFAULT " + deep("(", "1", ")", n) + ", b int CHECK "
                + deep("(", "b > 0", ")", n) + ");\n");
        write("b_alter.sql", "ALTER TABLE t ADD COLUMN c int DEFAULT " + deep("(", "1", ")", n)
                + ", ADD CONSTRAINT k CHECK " + deep("(", "c > 1", ")", n) + ";\n");
        write("c_index.sql", "CREATE INDEX i ON t (" + deep("(", "a", ")", n) + ");\n");
        // a word the recognizers decline: JSqlParser gets the 20,000 levels too
        write("d_fallback.sql", "CREATE TABLE t (a int DEFAULT " + deep("(", "1", ")", n) + " FROBNICATE);\n"
                + "ALTER TABLE t FROBNICATE " + deep("(", "1", ")", n) + ";\n");
        write("e_unclosed.sql", "CREATE TABLE t (" + "(".repeat(n) + "\nALTER TABLE t ADD CHECK " + "(".repeat(n) + ";\n");
        write("f_create_as.sql", "CREATE TABLE t2 AS SELECT " + deep("(", "1", ")", n) + ";\n");
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "a_create.sql", "b_alter.sql", "c_index.sql",
                "d_fallback.sql", "e_unclosed.sql", "f_create_as.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        // the brackets never close: invalid SQL, shown at the innermost one open at the ';'
        assertTrue(run.stdout().contains("e_unclosed.sql:2:" + (24 + n) + ": error[syntax-error]"), run.stdout());
    }

    /** Nested IN (SELECT ...) makes JSqlParser 5.3 backtrack for minutes; its per-statement limit must cut it. */
    private static String backtracking(int i) {
        return "CREATE TABLE t" + i + " (a int CHECK (" + deep("(a IN (SELECT ", "1", "))", 50) + ") FROBNICATE);\n";
    }

    /** Bounded by the text, not by time: the same file gives the same report however busy the machine is. */
    @Test
    void jsqlParserIsBoundedByNestingNotByTimeSoOutputIsDeterministic() throws IOException {
        write("one.sql", backtracking(0));
        CliRun one = lint("lint", "--quiet", "--fail-on", "never", "--format", "json", "one.sql");
        assertEquals(0, one.exitCode(), one.stderr());
        assertTrue(one.stdout().contains("JSqlParser not tried: parentheses nest 102 levels deep (more than 10)"),
                one.stdout());

        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            many.append(backtracking(i));
        }
        write("many.sql", many.toString());
        write("z_ok.sql", "CREAT TABLE x (id int);\n");
        CliRun run = lint("lint", "--quiet", "--fail-on", "note", "--format", "json", "many.sql", "z_ok.sql");
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("z_ok.sql"), run.stdout());
        assertEquals(run.stdout(), lint("lint", "--quiet", "--fail-on", "note", "--format", "json", "many.sql",
                "z_ok.sql").stdout(), "the same input gives the same report");
    }

    @Test
    void jsqlParserAttemptsPerFileAreCountedNotTimed() throws IOException {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 600; i++) { // declined by our recognizer, read by JSqlParser
            many.append("CREATE TABLE t").append(i).append(" (a int CHECK (a > 0) FROBNICATE);\n");
        }
        write("many.sql", many.toString());
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "--format", "json", "many.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("JSqlParser not tried: this file used up its 500 JSqlParser attempts"),
                run.stdout());
    }

    @Test
    void deeplyNestedDoBlocksFinish() throws IOException {
        write("a_do_begin.sql", "DO $$ " + "BEGIN ".repeat(20_000) + "DROP TABLE x; " + "END; ".repeat(20_000) + "$$;\n");
        StringBuilder nested = new StringBuilder("DO $d0$ BEGIN ");
        for (int i = 1; i < 500; i++) {
            nested.append("EXECUTE $e").append(i).append("$ DO $d").append(i).append("$ BEGIN ");
        }
        write("b_do_execute.sql", nested.append("END $d0$;\n").toString());
        write("c_do_unclosed.sql", "DO $$ " + "BEGIN ".repeat(20_000) + "\n");
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "a_do_begin.sql", "b_do_execute.sql", "c_do_unclosed.sql");
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals("c_do_unclosed.sql: 1:4: unterminated dollar-quoted string $$\n", run.stderr());
        assertTrue(run.stdout().contains("a_do_begin.sql:1:") && run.stdout().contains("drop-table"), run.stdout());
    }

    @Test
    void aFileOfOnlyOpeningParenthesesIsOneSyntaxError() throws IOException {
        write("paren.sql", "(");
        write("parens.sql", "(".repeat(20_000));
        CliRun run = lint("lint", "--fail-on", "note", "paren.sql", "parens.sql");
        assertEquals(1, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
        // never closed: invalid SQL, shown at the innermost bracket
        assertTrue(run.stdout().contains("paren.sql:1:1: error[syntax-error]"), run.stdout());
        assertTrue(run.stdout().contains("parens.sql:1:20000: error[syntax-error]"), run.stdout());
    }

    @Test
    void hugeSingleLineAndHundredThousandCommasFinish() throws IOException {
        StringBuilder line = new StringBuilder("INSERT INTO t (a, b) VALUES ");
        for (int i = 0; line.length() < 9_000_000; i++) {
            line.append(i == 0 ? "" : ",").append('(').append(i).append(",'x')");
        }
        write("line.sql", line.append(';').toString());
        StringBuilder columns = new StringBuilder("CREATE TABLE wide (");
        for (int i = 0; i < 100_000; i++) {
            columns.append(i == 0 ? "" : ", ").append('c').append(i).append(" int");
        }
        write("wide.sql", columns.append(");\n").toString());
        write("commas.sql", "SELECT " + ",".repeat(100_000) + ";\nALTER TABLE t ADD COLUMN a int DEFAULT f("
                + ",".repeat(100_000) + ");\nCREATE TABLE c (" + ",".repeat(100_000) + ");\n");
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "line.sql", "wide.sql", "commas.sql");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("", run.stderr());
    }

    @Test
    void unclosedTemplatePlaceholdersAreOneLineEach() throws IOException {
        write("a_go.sql", "CREATE TABLE {{ x (a int);\n" + "{{".repeat(50_000) + "\nSELECT 1;\n");
        write("b_many.sql", "ALTER TABLE {{ t ADD COLUMN a int;\n".repeat(20_000));
        write("c_flyway.sql", "${".repeat(50_000) + "\n");
        write("d_ok.sql", "CREATE TABLE {{ .Schema }}.t (id bigint);\n");
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "a_go.sql", "b_many.sql", "c_flyway.sql", "d_ok.sql");
        assertEquals(2, run.exitCode());
        assertEquals(String.join("\n",
                "a_go.sql: 1:14: unterminated {{ template placeholder }}",
                "b_many.sql: 1:13: unterminated {{ template placeholder }}",
                "c_flyway.sql: 1:1: unterminated ${placeholder}", ""), run.stderr());
    }

    /** Found by MigrationFuzzTest: 'DELIMITER' then a vertical tab or form feed looped forever. */
    @Test
    void delimiterWithoutADelimiterDoesNotHang() throws IOException {
        write("delimiter.sql", "DELIMITER \u000B$$\nCREATE TABLE t (a int);\nDELIMITER \f\nSELECT 1;\n");
        CliRun run = lint("lint", "--quiet", "--fail-on", "never", "--dialect", "mysql", "delimiter.sql");
        assertEquals(0, run.exitCode(), run.stderr());
    }

    @Test
    void invalidUtf8AndBinaryFilesSaySkippedAndTheOthersAreLinted() throws IOException {
        Files.write(dir.resolve("a_latin1.sql"), new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', '\'', (byte) 0xE9, '\'', ';'});
        Files.write(dir.resolve("b_binary.sql"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Files.write(dir.resolve("c_truncated.sql"), new byte[] {'S', 'E', 'L', 'E', 'C', 'T', ' ', (byte) 0xE2, (byte) 0x82});
        write("d_ok.sql", "CREAT TABLE x (id int);\n");
        CliRun run = lint("lint", "--fail-on", "note", "a_latin1.sql", "b_binary.sql", "c_truncated.sql", "d_ok.sql");
        assertEquals(2, run.exitCode());
        assertEquals(String.join("\n",
                "a_latin1.sql: invalid UTF-8 at byte offset 8; skipped (save the file as UTF-8)",
                "b_binary.sql: binary file (NUL byte at offset 4), not SQL text; skipped",
                "c_truncated.sql: invalid UTF-8 at byte offset 7; skipped (save the file as UTF-8)", ""), run.stderr());
        assertTrue(run.stdout().contains("d_ok.sql:1:1"), run.stdout());
    }

    @Test
    void badConfigValuesAreOneLineNamingFileLineAndKey() throws IOException {
        write("001.sql", "SELECT 1;\n");
        String[][] cases = {
            {"colour = true\n", "miglint.toml:1: colour: unknown key 'colour'"},
            {"fail_on = 3\n", "miglint.toml:1: fail_on: expected a string, got 3"},
            {"exclude = \"x\"\n", "miglint.toml:1: exclude: expected a list of strings"},
            {"[rules]\ndrop-column = 5\n", "miglint.toml:2: rules.drop-column: expected \"off\", a level"},
            {"pg_version = 99999999999999999999\n", "miglint.toml:1: pg_version: expected a whole number"},
            {"[rules\n", "miglint.toml:1: invalid TOML"},
            {"a = " + "[".repeat(20_000) + "\n", "miglint.toml: invalid TOML"},
        };
        for (String[] c : cases) {
            write("miglint.toml", c[0]);
            CliRun run = lint("lint", "001.sql");
            assertEquals(2, run.exitCode(), c[0]);
            assertEquals(1, run.stderr().lines().count(), run.stderr());
            assertTrue(run.stderr().contains(c[1]), run.stderr());
        }
        Files.write(dir.resolve("miglint.toml"), new byte[] {'a', ' ', '=', ' ', (byte) 0xFF});
        CliRun run = lint("lint", "001.sql");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("miglint.toml: invalid UTF-8 at byte offset 4"), run.stderr());
    }
}
