package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With --changed-since the summary of every format says both how many changed files were reported and how many
 * were replayed for context, not "in 5 files" for a report that shows two of them.
 */
class ChangedSinceSummaryTest {
    private static final String SELECT = IntegrationCommandsTest.SELECT;
    private static final String CHANGED = "in 2 changed files reported, 5 replayed for context";

    @TempDir
    Path dir;

    @BeforeEach
    void historyWithTwoChangedFiles() throws Exception {
        for (int i = 1; i <= 3; i++) {
            write("db/00" + i + ".sql", IntegrationCommandsTest.SAFE.replace("accounts", "t" + i));
        }
        Shell.git(dir, "init", "-q");
        Shell.git(dir, "add", ".");
        Shell.git(dir, "commit", "-qm", "first");
        Shell.git(dir, "checkout", "-qb", "feature");
        write("db/004.sql", IntegrationCommandsTest.BAD);
        write("db/005.sql", IntegrationCommandsTest.SAFE.replace("accounts", "t5"));
    }

    @Test
    void textMarkdownAndGithubSayReportedAndReplayed() {
        String line = "Found 1 warning " + CHANGED + " (5 statements).";
        for (String format : List.of("text", "github")) {
            CliRun run = lint(format);
            assertEquals(line, run.stdout().lines().reduce((a, b) -> b).orElse(""), format + ": " + run.stdout());
        }
        CliRun markdown = lint("markdown");
        assertTrue(markdown.stdout().contains("\n" + line + "\n"), markdown.stdout());
    }

    @Test
    void jsonSummaryHasBothCounts() throws IOException {
        JsonNode summary = new ObjectMapper().readTree(lint("json").stdout()).path("summary");
        assertEquals(2, summary.path("changedFiles").asInt(), summary.toString());
        assertEquals(5, summary.path("replayedFiles").asInt(), summary.toString());
        assertEquals(5, summary.path("files").asInt(), summary.toString());
    }

    @Test
    void withoutChangedSinceTheSummaryIsUnchanged() throws IOException {
        CliRun run = CliRun.run(dir, "lint", SELECT, "--fail-on", "never", "db");
        assertEquals("Found 1 warning in 5 files (5 statements).", run.stdout().lines().reduce((a, b) -> b).orElse(""));
        JsonNode summary = new ObjectMapper().readTree(CliRun.run(dir, "lint", SELECT, "--format", "json", "db").stdout())
                .path("summary");
        assertTrue(summary.path("changedFiles").isMissingNode(), summary.toString());
    }

    private CliRun lint(String format) {
        CliRun run = CliRun.run(dir, "lint", SELECT, "--fail-on", "never", "--format", format, "--changed-since", "main", "db");
        assertEquals(0, run.exitCode(), run.stderr());
        return run;
    }

    private void write(String name, String sql) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sql);
    }
}
