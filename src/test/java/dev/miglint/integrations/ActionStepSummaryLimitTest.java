package dev.miglint.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.MarkdownChecks;
import dev.miglint.testing.Paths;
import dev.miglint.testing.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Action's step summary never passes GitHub's 1 MiB limit (GitHub would drop it): the markdown report gets what
 * earlier commands of the step left, and the note the script adds after it still fits.
 */
class ActionStepSummaryLimitTest {
    private static final long MIB = 1_048_576;

    @TempDir
    Path tmp;

    @Test
    void aNearlyFullStepSummaryGetsASummaryThatFits() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo/db"));
        Files.writeString(repo.resolve("001_old.sql"), "CREATE TABLE orders (id bigint);\n");
        Shell.git(repo.getParent(), "init", "-q");
        Shell.git(repo.getParent(), "add", ".");
        Shell.git(repo.getParent(), "commit", "-qm", "main");
        Shell.git(repo.getParent(), "checkout", "-qb", "feature");
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sql.append("-- miglint:ignore no-such-rule-").append(i).append("\nCREATE TABLE t").append(i).append(" (id bigint);\n");
        }
        Files.writeString(repo.resolve("002_new.sql"), sql);

        Path summary = tmp.resolve("step_summary.md");
        String earlier = "## earlier\n\n" + "x".repeat((int) MIB - 6_000) + "\n";
        Files.writeString(summary, earlier);
        Path output = Files.createFile(tmp.resolve("github_output"));
        Map<String, String> env = new HashMap<>(Shell.gitEnv());
        env.put("GITHUB_WORKSPACE", repo.getParent().toString());
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", summary.toString());
        env.put("GITHUB_BASE_REF", "main");
        env.put("MIGLINT", Shell.launcher(tmp).toString());
        env.put("INPUT_ARGS", "--select=invalid-suppression");
        env.put("INPUT_PATHS", "db");
        Shell.Result run = Shell.run(tmp, env, List.of("bash", Paths.repoRoot().resolve("scripts/action-run.sh").toString()));
        assertEquals(0, run.exitCode(), run.output());

        String written = Files.readString(summary);
        assertTrue(written.startsWith(earlier), "the earlier content was replaced");
        assertTrue(Files.size(summary) <= MIB, Files.size(summary) + " bytes in the step summary");
        String report = written.substring(earlier.length());
        assertTrue(report.startsWith("## miglint\n") && report.contains("changed since `main`"), report);
        assertTrue(report.contains("more findings not shown here"), report);
        MarkdownChecks.assertValid(report, MIB);
        MarkdownChecks.assertCounts(report.substring(0, report.indexOf("\nOnly migrations added or changed")), 60, 0);
    }
}
