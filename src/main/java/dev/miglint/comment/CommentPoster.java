package dev.miglint.comment;

import dev.miglint.lint.LintResult;
import java.util.Map;

/**
 * The comment package's one entry point: finds the pull or merge request from the environment and upserts the
 * comment. Never throws for the code host's answers: a refusal (a fork's read-only token, missing permissions), a
 * missing pull request or token and a network error all come back as a warning, since the lint result, not the
 * comment, decides the build.
 */
public final class CommentPoster {

    /** One line for the user: what was done, or (warning) why nothing was. */
    public record Report(boolean warning, String line) {
    }

    private CommentPoster() {
    }

    public static Report post(CommentTarget.Request request, Map<String, String> env, CommentMarker marker,
            boolean deleteWhenClean, LintResult result, String toolVersion) {
        CommentTarget target = CommentTarget.of(request, env);
        if (target instanceof CommentTarget.Unavailable unavailable) {
            return new Report(true, "comment not posted: " + unavailable.reason());
        }
        CommentApi api = ((CommentTarget.Available) target).api();
        try {
            return new Report(false, new CommentUpsert(api, marker, deleteWhenClean).apply(result, toolVersion).describe());
        } catch (CommentException e) {
            return new Report(true, "comment not posted on " + api.where() + ": " + e.getMessage() + hint(e.status(), api));
        }
    }

    private static String hint(int status, CommentApi api) {
        boolean gitlab = api instanceof GitlabNotes;
        return switch (status) {
            case 401, 403 -> gitlab
                    ? "; the token cannot write merge request notes (CI_JOB_TOKEN cannot on most GitLab versions: set GITLAB_TOKEN to an access token with the api scope)"
                    : "; pull requests from forks get a read-only token, and otherwise the workflow needs permissions: pull-requests: write";
            case 404 -> "; the " + (gitlab ? "project or merge request" : "repository or pull request")
                    + " was not found, or the token cannot see it";
            default -> "";
        };
    }
}
