package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.MarkdownChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated history whose full markdown report is over GitHub's 1 MiB step-summary limit: --max-bytes and the
 * step-summary default keep it within the limit, valid, and with every finding counted.
 */
class MarkdownLimitCliTest {
    private static final long MIB = 1_048_576;

    @TempDir
    static Path dir;
    static int visibleFindings;

    @BeforeAll
    static void hugeHistory() throws IOException {
        Path db = Files.createDirectories(dir.resolve("db"));
        for (int i = 1; i <= 900; i++) {
            Files.writeString(db.resolve(String.format("%04d_step.sql", i)), "CREATE INDEX idx_" + i + " ON orders (c" + i
                    + ");\nUPDATE orders SET c" + i + " = 0;\nALTER TABLE orders DROP COLUMN old_" + i + ";\n");
        }
        CliRun json = CliRun.run(dir, "lint", "--dialect", "postgres", "--format", "json", "--fail-on", "never", "db");
        visibleFindings = new ObjectMapper().readTree(json.stdout()).path("findings").size();
    }

    @Test
    void theFullReportIsOverTheStepSummaryLimit() {
        CliRun full = lint();
        assertTrue(bytes(full.stdout()) > MIB, "the generated history is too small: " + bytes(full.stdout()));
    }

    @Test
    void maxBytesKeepsAPullRequestCommentWithinItsLimit() {
        CliRun run = lint("--max-bytes", "65536");
        assertEquals(1, run.exitCode(), run.stderr());
        MarkdownChecks.assertValid(run.stdout(), 65_536);
        MarkdownChecks.assertCounts(run.stdout(), visibleFindings, 0);
        assertTrue(run.stdout().contains(" more findings not shown here: see the SARIF or JSON artifact"), run.stdout());
    }

    @Test
    void theStepSummaryIsAppendedAndStaysWithinOneMebibyte() throws IOException {
        Path summary = dir.resolve("step_summary.md");
        String before = "## an earlier command of the step\n\n" + "x".repeat(10_000) + "\n";
        Files.writeString(summary, before);
        CliRun run = CliRun.run(dir, "", Map.of("GITHUB_STEP_SUMMARY", summary.toString()), "lint", "--dialect", "postgres",
                "--format", "markdown", "--output", "step_summary.md", "db");
        assertEquals(1, run.exitCode(), run.stderr());
        String written = Files.readString(summary);
        assertTrue(written.startsWith(before), "the earlier content was replaced");
        assertTrue(Files.size(summary) <= MIB, Files.size(summary) + " bytes");
        String report = written.substring(before.length());
        MarkdownChecks.assertValid(report, MIB - bytes(before));
        MarkdownChecks.assertCounts(report, visibleFindings, 0);
    }

    @Test
    void anotherOutputFileHasNoLimitAndIsReplaced() throws IOException {
        Path other = dir.resolve("report.md");
        Files.writeString(other, "old\n");
        CliRun run = CliRun.run(dir, "", Map.of("GITHUB_STEP_SUMMARY", dir.resolve("elsewhere.md").toString()), "lint",
                "--dialect", "postgres", "--format", "markdown", "--output", "report.md", "db");
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(Files.size(other) > MIB);
        assertTrue(Files.readString(other).startsWith("## miglint\n"));
    }

    @Test
    void badMaxBytesIsOneLineAndExitTwo() {
        CliRun small = lint("--max-bytes", "100");
        assertEquals(2, small.exitCode());
        assertEquals("miglint: --max-bytes: expected at least 1024, got 100\n", small.stderr());
        CliRun json = CliRun.run(dir, "lint", "--format", "json", "--max-bytes", "5000", "db");
        assertEquals(2, json.exitCode());
        assertEquals("miglint: --max-bytes applies to --format markdown only (got --format json)\n", json.stderr());
        assertEquals("", json.stdout());
    }

    private static CliRun lint(String... more) {
        String[] args = new String[5 + more.length + 1];
        String[] fixed = {"lint", "--dialect", "postgres", "--format", "markdown"};
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(more, 0, args, fixed.length, more.length);
        args[args.length - 1] = "db";
        return CliRun.run(dir, args);
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
