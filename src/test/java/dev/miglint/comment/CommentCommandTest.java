package dev.miglint.comment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.testing.CliRun;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code miglint comment} against a fake GitHub and GitLab REST API on loopback. */
class CommentCommandTest {

    static final String TOKEN = "ghs_s3cretT0kenValue";
    static final String MARKER = "<!-- miglint:comment -->";
    static final String WARNING_SQL = "-- miglint:ignore no-such-rule\nCREATE TABLE t (id bigint);\n";

    @TempDir
    Path tmp;
    Path db;
    FakeCodeHost host;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void history() throws IOException {
        db = Files.createDirectories(tmp.resolve("db"));
        Files.writeString(db.resolve("001_init.sql"), WARNING_SQL);
    }

    @AfterEach
    void stop() {
        if (host != null) {
            host.close();
        }
    }

    private void github() throws IOException {
        host = FakeCodeHost.github(TOKEN);
        Path event = tmp.resolve("event.json");
        Files.writeString(event, "{\"pull_request\":{\"number\":7,\"head\":{\"repo\":{\"full_name\":\"acme/shop\"}}}}");
        env.put("GITHUB_ACTIONS", "true");
        env.put("GITHUB_API_URL", host.url());
        env.put("GITHUB_REPOSITORY", "acme/shop");
        env.put("GITHUB_EVENT_NAME", "pull_request");
        env.put("GITHUB_EVENT_PATH", event.toString());
        env.put("GITHUB_TOKEN", TOKEN);
    }

    private void gitlab(String tokenVariable) throws IOException {
        host = FakeCodeHost.gitlab(tokenVariable.equals("CI_JOB_TOKEN") ? "JOB-TOKEN" : "PRIVATE-TOKEN", TOKEN);
        env.put("GITLAB_CI", "true");
        env.put("CI_API_V4_URL", host.url() + "/api/v4");
        env.put("CI_PROJECT_ID", "42");
        env.put("CI_MERGE_REQUEST_IID", "5");
        env.put(tokenVariable, TOKEN);
    }

    private CliRun comment(String... extra) {
        List<String> args = new ArrayList<>(List.of("comment", "--dialect", "postgres", "--select=invalid-suppression"));
        args.addAll(List.of(extra));
        args.add("db");
        CliRun run = CliRun.run(tmp, "", env, args.toArray(String[]::new));
        assertFalse((run.stdout() + run.stderr()).contains(TOKEN), "the token is printed: " + run.stderr());
        return run;
    }

    @Test
    void createsTheCommentThenUpdatesTheSameOneOnLaterRuns() throws IOException {
        github();
        CliRun first = comment();
        assertEquals(1, first.exitCode(), first.stderr());
        assertTrue(first.stdout().contains("invalid-suppression"), "the report still goes to standard output: " + first.stdout());
        assertEquals(List.of("POST /repos/acme/shop/issues/7/comments"), host.writes());
        String body = host.bodies().get(0);
        assertTrue(body.startsWith(MARKER + "\n## miglint\n"), body);
        assertTrue(body.contains("`db/001_init.sql:1:1`") && body.contains("| warning | 1 |"), body);

        Files.writeString(db.resolve("002_more.sql"), WARNING_SQL.replace("t (", "u ("));
        CliRun second = comment();
        assertEquals(1, second.exitCode(), second.stderr());
        long id = host.comments.firstKey();
        assertEquals("PATCH /repos/acme/shop/issues/comments/" + id, host.writes().get(1));
        assertEquals(1, host.bodies().size());
        assertTrue(host.bodies().get(0).contains("| warning | 2 |"), host.bodies().get(0));

        comment();
        assertEquals(2, host.writes().size(), "an unchanged report is not written again: " + host.writes());
    }

    @Test
    void listsEveryPageToFindItsComment() throws IOException {
        github();
        host.pageSize = 2;
        for (int i = 0; i < 5; i++) {
            host.add("LGTM " + i);
        }
        host.add("> " + MARKER + "\n> quoted in a reply: not ours");
        long ours = host.add(MARKER + "\n## miglint\n\nold report\n");
        CliRun run = comment();
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(host.requests.contains("GET /repos/acme/shop/issues/7/comments?per_page=100&page=4"), host.requests.toString());
        assertEquals(List.of("PATCH /repos/acme/shop/issues/comments/" + ours), host.writes());
        assertTrue(host.comments.get(ours).body().contains("invalid-suppression"));
        assertEquals("miglint: updated the miglint comment on pull request #7 of acme/shop", run.stderr().strip());
    }

    @Test
    void sayNoFindingsWhenTheyAreGoneAndPostNothingWhenThereNeverWere() throws IOException {
        github();
        long ours = host.add(MARKER + "\n## miglint\n\nold report with findings\n");
        Files.writeString(db.resolve("001_init.sql"), "CREATE TABLE t (id bigint);\n");
        CliRun run = comment();
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(List.of("PATCH /repos/acme/shop/issues/comments/" + ours), host.writes());
        assertTrue(host.comments.get(ours).body().contains("No findings in 1 file"), host.comments.get(ours).body());

        host.comments.clear();
        CliRun clean = comment();
        assertEquals("miglint: no findings: nothing to post on pull request #7 of acme/shop", clean.stderr().strip());
        assertEquals(1, host.writes().size(), "a clean pull request gets no comment: " + host.writes());
        assertTrue(host.bodies().isEmpty());
    }

    @Test
    void deleteWhenClean() throws IOException {
        github();
        long ours = host.add(MARKER + "\n## miglint\n\nold report\n");
        host.add("a human comment");
        Files.writeString(db.resolve("001_init.sql"), "CREATE TABLE t (id bigint);\n");
        CliRun run = comment("--delete-when-clean");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals(List.of("DELETE /repos/acme/shop/issues/comments/" + ours), host.writes());
        assertEquals(List.of("a human comment"), host.bodies());
    }

    @Test
    void aForkPullRequestRefusedWith403WarnsOnceAndExitsAsTheLintResultSays() throws IOException {
        github();
        host.refuseWritesWith = 403;
        CliRun run = comment("--fail-on", "error");
        assertEquals(0, run.exitCode(), "a warning finding under --fail-on error: " + run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().startsWith("::warning title=miglint::comment not posted on pull request #7 of acme/shop:"), run.stderr());
        assertTrue(run.stderr().contains("answered 403 (Resource not accessible by integration)"), run.stderr());
        assertTrue(run.stderr().contains("forks get a read-only token"), run.stderr());

        env.remove("GITHUB_ACTIONS");
        CliRun plain = comment("--platform", "github");
        assertEquals(1, plain.exitCode());
        assertTrue(plain.stderr().startsWith("miglint: warning: comment not posted"), plain.stderr());
    }

    @Test
    void theTokenNeverAppearsEvenWhenTheHostEchoesIt() throws IOException {
        github();
        host.refuseWritesWith = 403;
        host.refusalMessage = "token " + TOKEN + " may not write here";
        CliRun run = comment(); // comment() asserts the token is in no output
        assertTrue(run.stderr().contains("token **** may not write here"), run.stderr());
    }

    @Test
    void aNetworkErrorIsAWarningToo() throws IOException {
        github();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        env.put("GITHUB_API_URL", "http://127.0.0.1:" + closedPort);
        CliRun run = comment();
        assertEquals(1, run.exitCode());
        assertTrue(run.stderr().contains("comment not posted") && run.stderr().contains("cannot reach 127.0.0.1"), run.stderr());
    }

    @Test
    void notAPullRequestOrNoTokenIsAWarningAndTheLintExitCode() throws IOException {
        github();
        env.remove("GITHUB_EVENT_PATH");
        env.put("GITHUB_EVENT_NAME", "push");
        CliRun push = comment();
        assertEquals(1, push.exitCode());
        assertTrue(push.stderr().contains("not a pull request") && push.stderr().contains("(event push)"), push.stderr());
        CliRun noToken = comment("--pr", "7", "--token", "env:NO_SUCH_VARIABLE");
        assertTrue(noToken.stderr().contains("no token: NO_SUCH_VARIABLE is not set"), noToken.stderr());
        assertTrue(host.requests.isEmpty());
    }

    @Test
    void badOptionsAreUsageErrorsBeforeLinting() throws IOException {
        github();
        CliRun literal = comment("--token", TOKEN);
        assertEquals(2, literal.exitCode());
        assertTrue(literal.stderr().startsWith("miglint: --token: expected env:NAME"), literal.stderr());
        assertEquals("", literal.stdout());
        CliRun platform = comment("--platform", "bitbucket");
        assertEquals(2, platform.exitCode());
        assertTrue(platform.stderr().contains("--platform: expected github, gitlab or auto"), platform.stderr());
        assertTrue(host.requests.isEmpty());
    }

    @Test
    void oneCommentPerIdForSeveralHistories() throws IOException {
        github();
        comment("--comment-id", "api");
        comment("--comment-id", "billing--db");
        assertEquals(2, host.bodies().size());
        assertTrue(host.bodies().get(0).startsWith("<!-- miglint:comment id=\"api\" -->\n"), host.bodies().get(0));
        assertTrue(host.bodies().get(1).startsWith("<!-- miglint:comment id=\"billing%2D%2Ddb\" -->\n"), host.bodies().get(1));
        Files.writeString(db.resolve("001_init.sql"), "CREATE TABLE t (id bigint);\n");
        comment("--comment-id", "api");
        assertTrue(host.bodies().get(0).contains("No findings"), host.bodies().get(0));
        assertTrue(host.bodies().get(1).contains("| warning | 1 |"), "the other history's comment is left alone");
    }

    @Test
    void aReportLargerThanACommentBecomesTheSummaryWithinTheLimit() throws IOException {
        github();
        Files.writeString(db.resolve("001_init.sql"), WARNING_SQL.repeat(400));
        CliRun run = comment();
        assertEquals(1, run.exitCode(), run.stderr());
        String body = host.bodies().get(0);
        assertTrue(body.startsWith(MARKER + "\n## miglint"), body.substring(0, 100));
        assertTrue(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= GithubComments.MAX_BODY_CHARS,
                "length " + body.length());
        assertTrue(body.contains("400"), "the counts are of every finding");
        assertTrue(body.contains("more findings not shown here"), body.substring(Math.max(0, body.length() - 400)));
        assertEquals(1, body.split("\n```", -1).length % 2, "code fences are balanced");
    }

    @Test
    void gitlabAccessTokenPagesThroughNotesAndUpdatesItsOwn() throws IOException {
        gitlab("GITLAB_TOKEN");
        host.pageSize = 2;
        host.addSystemNote(MARKER + "\nnot a real comment");
        host.add("first review");
        host.addSystemNote("added 1 commit");
        long ours = host.add(MARKER + "\n## miglint\n\nold\n");
        CliRun run = comment();
        assertEquals(1, run.exitCode(), run.stderr());
        assertTrue(host.requests.contains("GET /api/v4/projects/42/merge_requests/5/notes?sort=asc&order_by=created_at&per_page=100&page=2"),
                host.requests.toString());
        assertEquals(List.of("PUT /api/v4/projects/42/merge_requests/5/notes/" + ours), host.writes());
        assertTrue(host.comments.get(ours).body().contains("invalid-suppression"));
    }

    @Test
    void gitlabJobTokenCreatesWithItsOwnHeaderAndA403IsAWarning() throws IOException {
        gitlab("CI_JOB_TOKEN");
        CliRun run = comment();
        assertEquals(1, run.exitCode(), run.stderr());
        assertEquals(List.of("POST /api/v4/projects/42/merge_requests/5/notes"), host.writes());
        Files.writeString(db.resolve("001_init.sql"), "CREATE TABLE t (id bigint);\n");
        comment("--delete-when-clean");
        assertTrue(host.bodies().isEmpty(), host.bodies().toString());

        Files.writeString(db.resolve("001_init.sql"), WARNING_SQL);
        host.refuseWritesWith = 403;
        host.refusalMessage = "403 Forbidden";
        CliRun refused = comment();
        assertEquals(1, refused.exitCode());
        assertTrue(refused.stderr().startsWith("miglint: warning: comment not posted on merge request !5 of project 42:"), refused.stderr());
        assertTrue(refused.stderr().contains("GITLAB_TOKEN"), refused.stderr());
    }
}
