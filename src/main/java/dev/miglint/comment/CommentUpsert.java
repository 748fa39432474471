package dev.miglint.comment;

import dev.miglint.lint.LintResult;
import java.util.List;

/**
 * Keeps one miglint comment on a pull or merge request in step with the latest lint result: created when there are
 * findings, updated in place on later pushes (so reviewers see one comment, not one per push), and when the
 * findings are gone either updated to say so or deleted. A clean result with no earlier comment posts nothing.
 */
public final class CommentUpsert {

    /** What was done, for one line of output. */
    public enum Action { CREATED, UPDATED, UNCHANGED, DELETED, NOTHING_TO_POST }

    public record Outcome(Action action, String where) {
        public String describe() {
            return switch (action) {
                case CREATED -> "posted the miglint comment on " + where;
                case UPDATED -> "updated the miglint comment on " + where;
                case UNCHANGED -> "the miglint comment on " + where + " is up to date";
                case DELETED -> "no findings: deleted the miglint comment on " + where;
                case NOTHING_TO_POST -> "no findings: nothing to post on " + where;
            };
        }
    }

    private final CommentApi api;
    private final CommentMarker marker;
    private final boolean deleteWhenClean;

    public CommentUpsert(CommentApi api, CommentMarker marker, boolean deleteWhenClean) {
        this.api = api;
        this.marker = marker;
        this.deleteWhenClean = deleteWhenClean;
    }

    public Outcome apply(LintResult result, String toolVersion) throws CommentException {
        boolean clean = result.visibleFindings().isEmpty() && result.problems().isEmpty();
        String body = CommentBody.of(marker, result, toolVersion, api.maxBodyChars());
        List<PostedComment> ours = api.list().stream().filter(c -> marker.marks(c.body())).toList();
        if (clean && deleteWhenClean) {
            for (PostedComment comment : ours) {
                api.delete(comment);
            }
            return outcome(ours.isEmpty() ? Action.NOTHING_TO_POST : Action.DELETED);
        }
        if (ours.isEmpty()) {
            if (clean) {
                return outcome(Action.NOTHING_TO_POST);
            }
            api.create(body);
            return outcome(Action.CREATED);
        }
        // Two runs racing may each have created one; the oldest is kept and the others go.
        for (PostedComment duplicate : ours.subList(1, ours.size())) {
            api.delete(duplicate);
        }
        PostedComment kept = ours.get(0);
        if (kept.body().strip().equals(body.strip())) {
            return outcome(Action.UNCHANGED);
        }
        api.update(kept, body);
        return outcome(Action.UPDATED);
    }

    private Outcome outcome(Action action) {
        return new Outcome(action, api.where());
    }
}
