package dev.miglint.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.miglint.testing.Paths;
import dev.miglint.testing.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The miglint-java hook of .pre-commit-hooks.yaml, run by the real pre-commit tool on a temporary repository: a
 * commit that adds a dangerous migration is blocked with the finding printed, a safe one goes through. The config is
 * {@code repo: local} with the hook's own definition and script, running miglint from the test class path: no
 * network. The npm-based miglint hook needs the distributables and a registry: scripts/test-pre-commit.sh tests it.
 */
class PreCommitHookTest {

    static final Path ROOT = Paths.repoRoot();

    @TempDir
    Path tmp;

    /** Installs pre-commit (Debian's package) when it is missing; skips only when that is impossible. */
    /** .ci/run installs pre-commit; a machine without it skips these tests rather than installing software. */
    @BeforeAll
    static void preCommitIsInstalled() throws Exception {
        Assumptions.assumeTrue(available(), "pre-commit is not installed (.ci/run installs it: apt-get install -y pre-commit)");
    }

    private static boolean available() throws Exception {
        return Shell.run(ROOT, Map.of(), List.of("sh", "-c", "command -v pre-commit")).exitCode() == 0;
    }

    /** The local config: the published hook's definition with its entry made absolute and run as a system command. */
    private String localConfig() throws Exception {
        YAMLMapper yaml = new YAMLMapper();
        JsonNode hooks = yaml.readTree(ROOT.resolve(".pre-commit-hooks.yaml").toFile());
        ObjectNode hook = null;
        for (JsonNode h : hooks) {
            if ("miglint-java".equals(h.path("id").asText())) {
                hook = (ObjectNode) h.deepCopy();
            }
        }
        assertTrue(hook != null, ".pre-commit-hooks.yaml defines the miglint-java hook");
        assertEquals("script", hook.path("language").asText());
        Path entry = ROOT.resolve(hook.path("entry").asText());
        assertTrue(Files.isExecutable(entry), entry + " is executable");
        hook.put("entry", entry.toString());
        hook.put("language", "system");
        hook.remove("minimum_pre_commit_version");
        // Only the rules this test relies on, so new rules cannot change its outcome.
        hook.putArray("args").add("--select=invalid-suppression,unparsed-statement");
        ObjectNode config = yaml.createObjectNode();
        ObjectNode repo = config.putArray("repos").addObject();
        repo.put("repo", "local");
        ((ArrayNode) repo.putArray("hooks")).add(hook);
        return yaml.writeValueAsString(config);
    }

    @Test
    void theManifestIsValid() throws Exception {
        Shell.Result result = Shell.run(ROOT, Map.of("PRE_COMMIT_HOME", tmp.resolve("cache").toString()),
                List.of("pre-commit", "validate-manifest", ROOT.resolve(".pre-commit-hooks.yaml").toString()));
        assertEquals(0, result.exitCode(), result.output());
    }

    @Test
    void badMigrationBlocksTheCommitAndASafeOnePasses() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Map<String, String> env = new HashMap<>(Shell.gitEnv());
        env.put("MIGLINT", Shell.launcher(tmp).toString());
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-cache").toString());
        env.put("HOME", tmp.toString());

        Shell.git(repo, "init", "-q");
        Files.writeString(repo.resolve(".pre-commit-config.yaml"), localConfig());
        Files.writeString(repo.resolve("README.md"), "migrations\n");
        Shell.git(repo, "add", ".");
        Shell.git(repo, "commit", "-qm", "setup");
        Shell.Result install = Shell.run(repo, env, List.of("pre-commit", "install"));
        assertEquals(0, install.exitCode(), install.output());

        Files.createDirectories(repo.resolve("db"));
        Files.writeString(repo.resolve("db/001_bad.sql"), "-- miglint:ignore no-such-rule\nCREATE TABLE t (id bigint);\n");
        Shell.git(repo, "add", "db/001_bad.sql");
        String before = Shell.git(repo, "rev-parse", "HEAD");
        Shell.Result blocked = Shell.run(repo, env, List.of("git", "commit", "-m", "bad migration"));
        assertNotEquals(0, blocked.exitCode(), blocked.output());
        assertTrue(blocked.output().contains("db/001_bad.sql:1:1: warning[invalid-suppression]"), blocked.output());
        assertTrue(blocked.output().contains("Failed"), blocked.output());
        assertEquals(before, Shell.git(repo, "rev-parse", "HEAD"), "the commit was blocked");

        Shell.git(repo, "rm", "-q", "--cached", "db/001_bad.sql");
        Files.delete(repo.resolve("db/001_bad.sql"));
        Files.writeString(repo.resolve("db/001_safe.sql"), "CREATE TABLE accounts (id bigint);\n");
        Shell.git(repo, "add", "db/001_safe.sql");
        Shell.Result passed = Shell.run(repo, env, List.of("git", "commit", "-m", "safe migration"));
        assertEquals(0, passed.exitCode(), passed.output());
        assertTrue(passed.output().contains("miglint (SQL migration safety)"), passed.output());
        assertFalse(passed.output().contains("Failed"), passed.output());
        assertNotEquals(before, Shell.git(repo, "rev-parse", "HEAD"));
    }
}
