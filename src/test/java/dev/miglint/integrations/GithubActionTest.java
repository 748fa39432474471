package dev.miglint.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.miglint.testing.Paths;
import dev.miglint.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the GitHub Action's script, scripts/action-run.sh, as the runner would: with GITHUB_* variables pointing
 * at temporary files, INPUT_* variables as action.yml passes them, on a temporary git repository whose feature
 * branch adds a migration on top of main.
 */
class GithubActionTest {

    static final String BAD = "-- miglint:ignore no-such-rule\nCREATE TABLE t (id bigint);\n";
    static final Path ACTION = Paths.repoRoot().resolve("action.yml");
    static final Path SCRIPT = Paths.repoRoot().resolve("scripts/action-run.sh");

    @TempDir
    Path tmp;
    Path repo;
    Path outputFile;
    Path summaryFile;
    Path launcher;

    @BeforeEach
    void repository() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("db"));
        Files.writeString(repo.resolve("db/001_old.sql"), BAD);
        Shell.git(repo, "init", "-q");
        Shell.git(repo, "add", ".");
        Shell.git(repo, "commit", "-qm", "old migration, already on main");
        Shell.git(repo, "checkout", "-qb", "feature");
        Files.writeString(repo.resolve("db/002_new.sql"), BAD.replace("t (", "u ("));
        Shell.git(repo, "add", ".");
        Shell.git(repo, "commit", "-qm", "new migration");
        outputFile = tmp.resolve("github_output");
        summaryFile = tmp.resolve("step_summary.md");
        Files.createFile(outputFile);
        Files.createFile(summaryFile);
        launcher = Shell.launcher(tmp);
    }

    private Shell.Result runAction(Map<String, String> inputs) throws Exception {
        Map<String, String> env = new HashMap<>(Shell.gitEnv());
        env.put("GITHUB_WORKSPACE", repo.toString());
        env.put("GITHUB_OUTPUT", outputFile.toString());
        env.put("GITHUB_STEP_SUMMARY", summaryFile.toString());
        env.put("GITHUB_BASE_REF", "main");
        env.put("GITHUB_JOB", "migrations");
        env.put("MIGLINT", launcher.toString());
        // The rules this test relies on exist in every build; other rules must not change its outcome.
        env.put("INPUT_ARGS", "--select=invalid-suppression,unparsed-statement");
        env.put("INPUT_PATHS", "db");
        env.put("INPUT_SARIF_FILE", "miglint.sarif");
        inputs.forEach((k, v) -> env.put("INPUT_" + k.toUpperCase().replace('-', '_'), v));
        return Shell.run(tmp, env, List.of("bash", SCRIPT.toString()));
    }

    private Map<String, String> outputs() throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(outputFile)) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }

    @Test
    void pullRequestReportsOnlyTheNewMigrationEverywhere() throws Exception {
        Shell.Result run = runAction(Map.of("format", "github"));
        assertEquals(0, run.exitCode(), run.output());
        Map<String, String> outputs = outputs();
        assertEquals("1", outputs.get("exit-code"), run.output());
        assertEquals("miglint.sarif", outputs.get("sarif-file"));
        assertEquals("miglint/migrations/db", outputs.get("category"));

        assertTrue(run.output().contains("::warning file=db/002_new.sql,line=1,col=1,"), run.output());
        assertFalse(run.output().contains("001_old"), run.output());

        JsonNode sarif = new ObjectMapper().readTree(repo.resolve("miglint.sarif").toFile());
        JsonNode results = sarif.path("runs").get(0).path("results");
        assertEquals(1, results.size(), results.toString());
        assertEquals("db/002_new.sql", results.get(0).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText());

        String summary = Files.readString(summaryFile);
        assertTrue(summary.startsWith("## miglint\n"), summary);
        assertTrue(summary.contains("| warning | 1 |"), summary);
        assertTrue(summary.contains("`db/002_new.sql:1:1`"), summary);
        assertFalse(summary.contains("001_old"), summary);
        assertTrue(summary.contains("changed since `main`"), summary);
    }

    @Test
    void failOnAndChangedSinceInputs() throws Exception {
        runAction(Map.of("fail-on", "error", "changed-since", "all", "format", "text"));
        assertEquals("0", outputs().get("exit-code"));
        String summary = Files.readString(summaryFile);
        assertTrue(summary.contains("| warning | 2 |"), summary);
    }

    @Test
    void anUnknownBaseIsAnErrorInTheLogAndTheSummary() throws Exception {
        Shell.Result run = runAction(Map.of("changed-since", "no-such-branch"));
        assertEquals(0, run.exitCode(), run.output());
        Map<String, String> outputs = outputs();
        assertEquals("2", outputs.get("exit-code"));
        assertEquals("", outputs.get("sarif-file"));
        assertTrue(run.output().contains("unknown git revision 'no-such-branch'"), run.output());
        assertTrue(Files.readString(summaryFile).contains("miglint could not run: miglint: --changed-since: unknown git revision"),
                Files.readString(summaryFile));
    }

    /** Every input is used by a step, and each step's script reads exactly the INPUT_* variables the step passes. */
    @Test
    void actionDeclaresWhatTheScriptsRead() throws IOException {
        JsonNode action = new YAMLMapper().readTree(ACTION.toFile());
        assertEquals("composite", action.path("runs").path("using").asText());
        String actionText = Files.readString(ACTION);
        for (Iterator<String> it = action.path("inputs").fieldNames(); it.hasNext(); ) {
            String input = it.next();
            assertTrue(actionText.contains("inputs." + input), input + " is declared but never used");
        }
        Pattern scriptCall = Pattern.compile("scripts/([a-z-]+\\.sh)");
        int scripts = 0;
        for (JsonNode step : action.path("runs").path("steps")) {
            Matcher call = scriptCall.matcher(step.path("run").asText());
            if (!call.find()) {
                assertTrue(step.has("uses"), "shell steps live in scripts/ so tests can run them: " + step.path("name"));
                continue;
            }
            scripts++;
            String script = Files.readString(Paths.repoRoot().resolve("scripts").resolve(call.group(1)));
            if (script.contains("action-args.sh")) {
                script += Files.readString(Paths.repoRoot().resolve("scripts/action-args.sh"));
            }
            JsonNode env = step.path("env");
            for (Iterator<String> it = env.fieldNames(); it.hasNext(); ) {
                String variable = it.next();
                if (variable.startsWith("INPUT_")) {
                    String input = variable.substring("INPUT_".length()).toLowerCase().replace('_', '-');
                    assertEquals("${{ inputs." + input + " }}", env.path(variable).asText(), variable);
                    assertTrue(script.contains(variable), variable + " is passed but " + call.group(1) + " ignores it");
                }
            }
            Matcher m = Pattern.compile("INPUT_[A-Z_]+").matcher(script);
            while (m.find()) {
                assertTrue(env.has(m.group()), m.group() + " is read by " + call.group(1) + " but not passed by action.yml");
            }
        }
        assertEquals(6, scripts, "key, build, lint, SARIF check, comment and fail steps run scripts");
        for (String uses : List.of("actions/setup-java@", "actions/cache@", "github/codeql-action/upload-sarif@")) {
            assertTrue(actionText.contains(uses), uses);
        }
    }
}
