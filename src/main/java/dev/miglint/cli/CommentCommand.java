package dev.miglint.cli;

import dev.miglint.comment.CommentMarker;
import dev.miglint.comment.CommentPoster;
import dev.miglint.comment.CommentTarget;
import dev.miglint.lint.LintResult;
import dev.miglint.report.Untrusted;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code miglint comment}: {@code miglint lint}, then the markdown report upserted as one comment on the pull
 * request (GitHub) or merge request (GitLab). The exit code is the lint result's: a comment that cannot be posted is
 * one warning line.
 */
@Command(name = "comment", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lint like 'miglint lint', then post the markdown report as one comment on the pull request"
                + " (GitHub) or merge request (GitLab), updated in place on later runs.",
        sortOptions = false)
public final class CommentCommand extends LintCommand {

    @Option(names = "--platform", paramLabel = "NAME",
            description = "github, gitlab or auto (default: from GITHUB_ACTIONS or GITLAB_CI).")
    String platform;

    @Option(names = "--pr", paramLabel = "N",
            description = "Pull or merge request number (default: from GITHUB_EVENT_PATH or CI_MERGE_REQUEST_IID).")
    Long number;

    @Option(names = "--token", paramLabel = "env:NAME",
            description = "Read the API token from variable NAME (default: GITHUB_TOKEN; GitLab: GITLAB_TOKEN, MIGLINT_GITLAB_TOKEN, else CI_JOB_TOKEN).")
    String token;

    @Option(names = "--comment-id", paramLabel = "ID",
            description = "Keep one comment per ID, for several histories linted on one pull request.")
    String commentId;

    @Option(names = "--delete-when-clean",
            description = "Delete the comment when the findings are gone (default: update it to say there are none).")
    boolean deleteWhenClean;

    private final Main.Environment env;
    private CommentTarget.Request request;
    private CommentMarker marker;

    CommentCommand(Main.Environment env) {
        super(env);
        this.env = env;
    }

    @Override
    void checkOptions() throws UsageException {
        try {
            request = new CommentTarget.Request(platform, number, token);
            marker = new CommentMarker(commentId);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("--") ? e.getMessage() : "--comment-id: " + e.getMessage());
        }
    }

    @Override
    int afterReport(LintResult result, int exitCode) {
        CommentPoster.Report posted = CommentPoster.post(request, env.variables(), marker, deleteWhenClean, result,
                Version.current());
        String line = Untrusted.outputLine(posted.line());
        if (posted.warning()) {
            boolean actions = "true".equals(env.variables().get("GITHUB_ACTIONS"));
            env.stderr().println(actions ? "::warning title=miglint::" + line : "miglint: warning: " + line);
        } else if (!report.quiet()) {
            env.stderr().println("miglint: " + line);
        }
        return exitCode;
    }
}
