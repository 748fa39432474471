package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.rules.RuleInfo;
import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes on the command line get one clear line, with the name that was probably meant. */
class CliEdgesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void migration() throws IOException {
        Files.writeString(dir.resolve("001.sql"), "CREATE INDEX i ON users (email);\n");
    }

    @Test
    void unknownCommandSaysWhichCommandsThereAre() {
        CliRun run = CliRun.run(dir, "lnt", "001.sql");
        assertEquals(2, run.exitCode());
        assertEquals("miglint: unknown command 'lnt' (did you mean 'lint'?); the commands are lint, dry-run, baseline, "
                + "comment, rules, explain, help\n", run.stderr());
    }

    @Test
    void mistypedRuleIdAndFormatGetASuggestion() {
        CliRun rule = CliRun.run(dir, "lint", "--select", "index-without-concurrentl", "001.sql");
        assertEquals(2, rule.exitCode());
        assertTrue(rule.stderr().startsWith("miglint: unknown rule id 'index-without-concurrentl' (did you mean "
                + "'index-without-concurrently'?)"), rule.stderr());
        assertEquals(1, rule.stderr().lines().count(), rule.stderr());

        CliRun format = CliRun.run(dir, "lint", "--format", "jsno", "001.sql");
        assertEquals(2, format.exitCode());
        assertTrue(format.stderr().contains("unknown format 'jsno' (did you mean 'json'?)"), format.stderr());
    }

    @Test
    void reportIntoAMissingFolderNamesTheFolderOnce() {
        CliRun run = CliRun.run(dir, "lint", "-o", "out/report.json", "--format", "json", "001.sql");
        assertEquals(2, run.exitCode());
        String folder = dir.resolve("out").toString();
        assertEquals("miglint: cannot write the report to out/report.json: the folder " + folder + " does not exist\n",
                run.stderr());
    }

    @Test
    void missingPathIsOneLineWithTheToolsName() {
        CliRun run = CliRun.run(dir, "lint", "nope.sql");
        assertEquals(2, run.exitCode());
        assertEquals("miglint: nope.sql: no such file or directory\n", run.stderr());
    }

    @TestFactory
    Stream<DynamicTest> everyIdAReportCanShowIsExplained() {
        return ReportedRules.all().stream().map(RuleInfo::id).map(id -> DynamicTest.dynamicTest(id, () -> {
            CliRun run = CliRun.run(dir, "explain", id);
            assertEquals(0, run.exitCode(), run.stderr());
            assertTrue(run.stdout().startsWith("# " + id + "\n"), run.stdout());
            assertTrue(run.stdout().contains("## Why"), "the page of " + id + " says why");
        }));
    }

    @Test
    void explainSuggestsTheIdMeant() {
        CliRun run = CliRun.run(dir, "explain", "dry-run-strong-lok");
        assertEquals(2, run.exitCode());
        assertTrue(run.stderr().contains("(did you mean 'dry-run-strong-lock'?)"), run.stderr());
    }
}
