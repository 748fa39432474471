package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.Shell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules, explain, baseline, --baseline, --changed-since, --start-after and the progress line. */
class IntegrationCommandsTest {

    /** A finding that exists whatever rules are installed: an ignore comment naming no rule. */
    static final String BAD = "-- miglint:ignore no-such-rule\nCREATE TABLE t (id bigint);\n";
    static final String SAFE = "CREATE TABLE accounts (id bigint);\n";
    static final String SELECT = "--select=invalid-suppression,unparsed-statement";

    @TempDir
    Path dir;

    private void write(String name, String sql) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, sql);
    }

    @Test
    void rulesListsEveryRuleFromItsMetadata() throws IOException {
        CliRun run = CliRun.run(dir, "rules");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("RULE "), run.stdout());
        int count = RuleRegistry.load().all().size();
        assertTrue(run.stdout().contains("\n" + count + " rules."), run.stdout());
        assertTrue(run.stdout().lines().anyMatch(l -> l.matches("invalid-suppression +warning +postgres,sqlite,mysql +A miglint:ignore.*")),
                run.stdout());

        CliRun json = CliRun.run(dir, "rules", "--format", "json");
        assertEquals(0, json.exitCode(), json.stderr());
        JsonNode rules = new ObjectMapper().readTree(json.stdout());
        assertEquals(count, rules.size());
        JsonNode unparsed = rules.findParents("id").stream()
                .filter(n -> n.path("id").asText().equals("unparsed-statement")).findFirst().orElseThrow();
        assertEquals("note", unparsed.path("level").asText());
        assertEquals("rules/unparsed-statement.md", unparsed.path("page").asText());

        assertEquals(2, CliRun.run(dir, "rules", "--format", "xml").exitCode());
    }

    @Test
    void explainPrintsTheRulePageAndRejectsUnknownRules() {
        CliRun run = CliRun.run(dir, "explain", "unparsed-statement");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().startsWith("# unparsed-statement"), run.stdout());
        assertTrue(run.stdout().endsWith("Default level: note. Dialects: postgres, sqlite, mysql.\n"), run.stdout());

        CliRun unknown = CliRun.run(dir, "explain", "no-such-rule");
        assertEquals(2, unknown.exitCode());
        assertEquals("miglint: unknown rule id 'no-such-rule' (run 'miglint rules' to list them)\n", unknown.stderr());
        assertEquals("", unknown.stdout());
    }

    @Test
    void baselineHidesRecordedFindingsAndReportsStaleEntries() throws IOException {
        write("db/001.sql", BAD);
        write("db/002.sql", BAD.replace("t (", "u ("));
        CliRun record = CliRun.run(dir, "baseline", SELECT, "db");
        assertEquals(0, record.exitCode(), record.stderr());
        assertEquals("Recorded 2 findings in miglint-baseline.json; 'miglint lint --baseline miglint-baseline.json' hides them.\n",
                record.stdout());
        JsonNode baseline = new ObjectMapper().readTree(dir.resolve("miglint-baseline.json").toFile());
        assertEquals(2, baseline.path("findings").size());
        assertEquals("db/001.sql", baseline.path("findings").get(0).path("path").asText());

        CliRun clean = CliRun.run(dir, "lint", SELECT, "--baseline", "miglint-baseline.json", "db");
        assertEquals(0, clean.exitCode(), clean.stdout() + clean.stderr());
        assertEquals("No findings in 2 files (2 statements, 2 in the baseline).\n", clean.stdout());

        // Lines added above a recorded statement do not bring it back; a new statement is reported.
        write("db/001.sql", "\n\n-- reworded\n" + BAD + "-- miglint:ignore another-typo\nSELECT 1;\n");
        write("db/002.sql", SAFE);
        CliRun changed = CliRun.run(dir, "lint", SELECT, "--baseline", "miglint-baseline.json", "db");
        assertEquals(1, changed.exitCode(), changed.stdout() + changed.stderr());
        assertTrue(changed.stdout().startsWith("db/001.sql:6:1: warning[invalid-suppression]"), changed.stdout());
        assertTrue(changed.stdout().contains("note: 1 baseline entry in miglint-baseline.json no longer occurs"
                + " (fixed or changed); record the baseline again to drop it:\n  db/002.sql:1: invalid-suppression"),
                changed.stdout());

        CliRun json = CliRun.run(dir, "lint", SELECT, "--format", "json", "--baseline", "miglint-baseline.json", "db");
        JsonNode report = new ObjectMapper().readTree(json.stdout());
        assertEquals(1, report.path("baseline").path("hidden").asInt());
        assertEquals("db/002.sql", report.path("baseline").path("stale").get(0).path("path").asText());
        assertEquals(1, report.path("findings").size());

        write("broken.json", "{\"findings\": 3}");
        CliRun broken = CliRun.run(dir, "lint", "--baseline", "broken.json", "db");
        assertEquals(2, broken.exitCode());
        assertTrue(broken.stderr().startsWith("miglint: "), broken.stderr());
        assertTrue(broken.stderr().contains("not a miglint baseline"), broken.stderr());
        assertEquals(1, broken.stderr().lines().count(), broken.stderr());
        assertEquals(2, CliRun.run(dir, "lint", "--baseline", "missing.json", "db").exitCode());
    }

    @Test
    void startAfterTreatsEarlierMigrationsAsContext() throws IOException {
        write("db/001.sql", BAD);
        write("db/002.sql", BAD.replace("t (", "u ("));
        write("db/003.sql", SAFE);
        CliRun flag = CliRun.run(dir, "lint", SELECT, "--start-after", "001.sql", "db");
        assertEquals(1, flag.exitCode(), flag.stderr());
        assertFalse(flag.stdout().contains("db/001.sql:"), flag.stdout());
        assertTrue(flag.stdout().contains("db/002.sql:1:1"), flag.stdout());

        write("miglint.toml", "start_after = \"db/002.sql\"\n");
        CliRun config = CliRun.run(dir, "lint", SELECT, "db");
        assertEquals(0, config.exitCode(), config.stdout() + config.stderr());
        assertTrue(config.stdout().startsWith("No findings in 1 file "), config.stdout());

        write("miglint.toml", "start_after = \"\"\n");
        CliRun empty = CliRun.run(dir, "lint", "db");
        assertEquals(2, empty.exitCode());
        assertTrue(empty.stderr().contains("start_after: expected the name or path of a migration file"), empty.stderr());
        Files.delete(dir.resolve("miglint.toml"));

        CliRun unknown = CliRun.run(dir, "lint", "--start-after", "009.sql", "db");
        assertEquals(2, unknown.exitCode());
        assertEquals("miglint: --start-after: no linted migration is named '009.sql'\n", unknown.stderr());
    }

    @Test
    void changedSinceReportsOnlyChangedMigrationsButReplaysAll() throws Exception {
        write("db/001.sql", BAD);
        Shell.git(dir, "init", "-q");
        Shell.git(dir, "add", ".");
        Shell.git(dir, "commit", "-qm", "first");
        Shell.git(dir, "checkout", "-qb", "feature");
        write("db/002.sql", BAD.replace("t (", "u ("));
        Shell.git(dir, "add", ".");
        Shell.git(dir, "commit", "-qm", "second");
        write("db/003.sql", BAD.replace("t (", "untracked ("));

        CliRun run = CliRun.run(dir, "lint", SELECT, "--quiet", "--changed-since", "main", "db");
        assertEquals(1, run.exitCode(), run.stderr());
        assertFalse(run.stdout().contains("db/001.sql"), run.stdout());
        assertTrue(run.stdout().contains("db/002.sql:1:1"), run.stdout());
        assertTrue(run.stdout().contains("db/003.sql:1:1"), run.stdout());

        CliRun onMain = CliRun.run(dir, "lint", SELECT, "--changed-since", "HEAD", "db/001.sql");
        assertEquals(0, onMain.exitCode(), onMain.stdout() + onMain.stderr());

        CliRun badRef = CliRun.run(dir, "lint", "--changed-since", "no-such-branch", "db");
        assertEquals(2, badRef.exitCode());
        assertEquals(1, badRef.stderr().lines().count(), badRef.stderr());
        assertTrue(badRef.stderr().startsWith("miglint: --changed-since: unknown git revision 'no-such-branch'"),
                badRef.stderr());
    }

    @Test
    void changedSinceOutsideAGitRepositoryExitsTwo() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("not-a-repo"));
        Files.writeString(plain.resolve("001.sql"), SAFE);
        CliRun run = CliRun.run(plain, "", Shell.gitEnv(), "lint", "--changed-since", "main", "001.sql");
        assertEquals(2, run.exitCode());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().contains("is not in a git repository"), run.stderr());
        assertEquals("", run.stdout());
    }

    @Test
    void newFormatsAreAcceptedOnTheCommandLine() throws IOException {
        write("001.sql", BAD);
        CliRun github = CliRun.run(dir, "lint", SELECT, "--format", "github", "001.sql");
        assertEquals(1, github.exitCode());
        assertTrue(github.stdout().startsWith("::warning file=001.sql,line=1,col=1,"), github.stdout());
        CliRun markdown = CliRun.run(dir, "lint", SELECT, "--format", "markdown", "001.sql");
        assertTrue(markdown.stdout().startsWith("## miglint\n"), markdown.stdout());
        CliRun gitlab = CliRun.run(dir, "lint", SELECT, "--format", "gitlab", "001.sql");
        assertEquals("major", new ObjectMapper().readTree(gitlab.stdout()).get(0).path("severity").asText());
    }

    @Test
    void progressLineAppearsOnlyAfterTheDelayAndIsErased() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong now = new AtomicLong();
        try (ProgressLine progress = new ProgressLine(err, now::get, 1000)) {
            progress.fileDone(0, 3);
            assertEquals("", bytes.toString(StandardCharsets.UTF_8));
            now.set(2000);
            progress.fileDone(1, 3);
            now.set(2001);
            progress.fileDone(2, 3); // too soon to redraw
            progress.fileDone(3, 3);
        }
        String text = bytes.toString(StandardCharsets.UTF_8);
        String line = "miglint: linting 1/3 files";
        assertEquals("\r" + line + "\rmiglint: linting 3/3 files\r" + " ".repeat(line.length()) + "\r", text);
    }

    @Test
    void progressIsOffWhenNotInteractiveOrQuiet() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Main.Environment piped = new Main.Environment(System.in, System.out, err, java.util.Map.of(), dir, false);
        Main.Environment tty = new Main.Environment(System.in, System.out, err, java.util.Map.of(), dir, true);
        for (ProgressLine p : new ProgressLine[] {ProgressLine.forEnvironment(piped, false),
                ProgressLine.forEnvironment(tty, true)}) {
            p.fileDone(1, 2);
            p.close();
        }
        assertEquals("", bytes.toString(StandardCharsets.UTF_8));
    }
}
