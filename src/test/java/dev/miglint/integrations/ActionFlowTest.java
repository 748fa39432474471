package dev.miglint.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.comment.FakeCodeHost;
import dev.miglint.testing.Shell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole Action (action.yml's steps, run by {@link ActionRunner}) on a pull request, against a fake GitHub API on
 * loopback: where GitHub refuses the SARIF upload or the comment, the job still ends green with a warning.
 */
class ActionFlowTest {

    static final String TOKEN = "ghs_actionT0kenValue";
    static final String WARNING_SQL = "-- miglint:ignore no-such-rule\nCREATE TABLE t (id bigint);\n";

    @TempDir
    Path tmp;
    Path repo;
    FakeCodeHost github;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void pullRequest() throws Exception {
        repo = Files.createDirectories(tmp.resolve("repo"));
        Files.createDirectories(repo.resolve("db"));
        Files.writeString(repo.resolve("db/001_old.sql"), "CREATE TABLE old (id bigint);\n");
        Shell.git(repo, "init", "-q");
        Shell.git(repo, "add", ".");
        Shell.git(repo, "commit", "-qm", "main");
        Shell.git(repo, "checkout", "-qb", "feature");
        Files.writeString(repo.resolve("db/002_new.sql"), WARNING_SQL);
        Shell.git(repo, "add", ".");
        Shell.git(repo, "commit", "-qm", "a new migration");
        github = FakeCodeHost.github(TOKEN);
        env.putAll(Shell.gitEnv());
        env.put("PATH", System.getenv("PATH"));
        env.put("MIGLINT", Shell.launcher(tmp).toString());
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_WORKSPACE", repo.toString());
        env.put("GITHUB_STEP_SUMMARY", Files.createFile(tmp.resolve("summary.md")).toString());
        env.put("GITHUB_ENV", Files.createFile(tmp.resolve("github_env")).toString());
        env.put("GITHUB_API_URL", github.url());
        env.put("GITHUB_REPOSITORY", "acme/shop");
        env.put("GITHUB_EVENT_NAME", "pull_request");
        env.put("GITHUB_BASE_REF", "main");
        env.put("GITHUB_JOB", "migrations");
        env.put("FAKE_GITHUB_TOKEN", TOKEN);
    }

    @AfterEach
    void stop() {
        github.close();
    }

    private void event(String headRepository) throws Exception {
        Path event = tmp.resolve("event.json");
        Files.writeString(event, "{\"pull_request\":{\"number\":12,\"head\":{\"repo\":{\"full_name\":\"" + headRepository + "\"}}}}");
        env.put("GITHUB_EVENT_PATH", event.toString());
    }

    private ActionRunner.Job run(Map<String, String> inputs) throws Exception {
        Map<String, String> all = new HashMap<>(Map.of("paths", "db", "fail-on", "error",
                "args", "--dialect postgres --select=invalid-suppression"));
        all.putAll(inputs);
        ActionRunner.Job job = new ActionRunner(tmp, all, env).run();
        assertFalse(job.log().contains(TOKEN), job.log());
        return job;
    }

    private static long warnings(String log) {
        return log.lines().filter(l -> l.startsWith("::warning title=miglint::")).count();
    }

    @Test
    void privateRepositoryWithoutAdvancedSecurity() throws Exception {
        event("acme/shop");
        github.codeScanningStatus = 403;
        github.codeScanningMessage = "Advanced Security must be enabled for this repository to use code scanning.";
        ActionRunner.Job job = run(Map.of("comment", "auto"));

        assertFalse(job.failed(), job.log());
        assertEquals("0", job.outputs().get("run").get("exit-code"), job.log());
        assertEquals("false", job.outputs().get("sarif").get("upload"));
        assertFalse(job.ran().contains("Upload SARIF to code scanning"), job.ran().toString());
        assertEquals(1, warnings(job.log()), job.log());
        assertTrue(job.log().contains("::warning title=miglint::SARIF not uploaded to code scanning: code scanning answered 403"
                + " (Advanced Security must be enabled"), job.log());
        // The comment is what reviewers still get.
        assertEquals(List.of("POST /repos/acme/shop/issues/12/comments"), github.writes());
        assertTrue(github.bodies().get(0).contains("`db/002_new.sql:1:1`"), github.bodies().get(0));
        assertFalse(github.bodies().get(0).contains("001_old"), "only what the pull request changes");
        assertTrue(job.log().contains("miglint: posted the miglint comment on pull request #12 of acme/shop"), job.log());
    }

    @Test
    void forkPullRequestWhoseCommentIsRefused() throws Exception {
        event("mallory/shop");
        github.refuseWritesWith = 403;
        ActionRunner.Job job = run(Map.of("comment", "true"));

        assertFalse(job.failed(), job.log());
        assertEquals("false", job.outputs().get("sarif").get("upload"));
        assertTrue(job.log().contains("::warning title=miglint::SARIF not uploaded to code scanning: pull requests from forks"),
                job.log());
        assertTrue(job.log().contains("::warning title=miglint::comment not posted on pull request #12 of acme/shop:"
                + " POST /repos/acme/shop/issues/12/comments answered 403 (Resource not accessible by integration)"), job.log());
        assertEquals(2, warnings(job.log()), job.log());
        assertTrue(github.bodies().isEmpty());
    }

    @Test
    void autoSkipsAForkAndFalseNeverComments() throws Exception {
        event("mallory/shop");
        ActionRunner.Job auto = run(Map.of("comment", "auto"));
        assertTrue(auto.log().contains("::notice title=miglint::no pull request comment: pull requests from forks"), auto.log());
        ActionRunner.Job off = run(Map.of());
        assertFalse(off.ran().contains("Comment on the pull request"), off.ran().toString());
        assertEquals(List.of(), github.requests.stream().filter(r -> r.contains("/comments")).toList());
    }

    @Test
    void findingsAtFailOnFailTheLastStepAfterCommenting() throws Exception {
        event("acme/shop");
        ActionRunner.Job job = run(Map.of("comment", "true", "fail-on", "warning"));
        assertTrue(job.failed(), job.log());
        assertTrue(job.ran().contains("Upload SARIF to code scanning"), job.ran().toString());
        assertEquals(1, github.bodies().size(), "the comment is posted before the job fails");
        assertTrue(job.log().contains("miglint exited with code 1"), job.log());
    }
}
