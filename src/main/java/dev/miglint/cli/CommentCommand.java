package dev.miglint.cli;

import dev.miglint.comment.CommentMarker;
import dev.miglint.comment.CommentPoster;
import dev.miglint.comment.CommentTarget;
import dev.miglint.lint.LintResult;
import dev.miglint.report.Untrusted;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code miglint comment}: {@code miglint lint}, then the markdown report upserted as one comment on the pull
 * request (GitHub) or merge request (GitLab). The exit code is the lint result's: a comment that cannot be posted is
 * one warning line.
 */
public final class CommentCommand extends LintCommand {
    private final Arg<String> platform = arguments.option(String.class, "NAME",
            "github, gitlab or auto (default: from GITHUB_ACTIONS or GITLAB_CI).", "--platform");
    private final Arg<Long> number = arguments.option(Long.class, "N",
            "Pull or merge request number (default: from GITHUB_EVENT_PATH or CI_MERGE_REQUEST_IID).", "--pr");
    private final Arg<String> token = arguments.option(String.class, "env:NAME",
            "Read the API token from variable NAME (default: GITHUB_TOKEN; GitLab: GITLAB_TOKEN, MIGLINT_GITLAB_TOKEN,"
                    + " else CI_JOB_TOKEN).", "--token");
    private final Arg<String> commentId = arguments.option(String.class, "ID",
            "Keep one comment per ID, for several histories linted on one pull request.", "--comment-id");
    private final Arg<Boolean> deleteWhenClean = arguments.flag(
            "Delete the comment when the findings are gone (default: update it to say there are none).",
            "--delete-when-clean");

    private final Main.Environment env;
    private CommentTarget.Request request;
    private CommentMarker marker;

    CommentCommand(Main.Environment env) {
        super(env);
        this.env = env;
    }

    @Override
    CommandSpec spec() {
        return arguments.command(this, "comment", "Lint like 'miglint lint', then post the markdown report as one comment"
                + " on the pull request (GitHub) or merge request (GitLab), updated in place on later runs.");
    }

    @Override
    void checkOptions() throws UsageException {
        try {
            request = new CommentTarget.Request(platform.value(), number.value(), token.value());
            marker = new CommentMarker(commentId.value());
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage().startsWith("--") ? e.getMessage() : "--comment-id: " + e.getMessage());
        }
    }

    @Override
    int afterReport(LintResult result, int exitCode) {
        CommentPoster.Report posted = CommentPoster.post(request, env.variables(), marker, deleteWhenClean.value(), result,
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
