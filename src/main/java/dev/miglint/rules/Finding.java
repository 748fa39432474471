package dev.miglint.rules;

import dev.miglint.model.Span;
import java.util.List;

/**
 * One reported hazard at an exact place. {@code path} is the display path (relative, forward slashes);
 * lines and columns are 1-based, columns in UTF-16 units, the end column exclusive.
 * {@code suppression} is null unless an in-source ignore comment silenced it.
 * {@code observed} is null unless {@code miglint dry-run} saw the hazard happen: then it says what was seen.
 * {@code related}: other places that explain it (e.g. the later statement that keeps a lock held), often empty.
 * {@code downStep}: the statement is in a down (rollback) step, run against production when the migration is rolled
 * back, not when it is applied.
 */
public record Finding(String ruleId, Level level, String message, String help, String path, Span span,
        int startLine, int startColumn, int endLine, int endColumn, String statement, List<Fix> fixes,
        Suppression suppression, String observed, List<RelatedLocation> related, boolean downStep) {

    public Finding {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
        related = related == null ? List.of() : List.copyOf(related);
    }

    public Finding(String ruleId, Level level, String message, String help, String path, Span span,
            int startLine, int startColumn, int endLine, int endColumn, String statement, List<Fix> fixes,
            Suppression suppression, String observed, List<RelatedLocation> related) {
        this(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn, statement, fixes,
                suppression, observed, related, false);
    }

    public Finding(String ruleId, Level level, String message, String help, String path, Span span,
            int startLine, int startColumn, int endLine, int endColumn, String statement, List<Fix> fixes,
            Suppression suppression, String observed) {
        this(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn, statement, fixes,
                suppression, observed, List.of());
    }

    public Finding(String ruleId, Level level, String message, String help, String path, Span span,
            int startLine, int startColumn, int endLine, int endColumn, String statement, List<Fix> fixes,
            Suppression suppression) {
        this(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn, statement, fixes,
                suppression, null);
    }

    /** True when a dry run confirmed this (static) finding; {@link #observed()} says what it saw. */
    public boolean confirmed() {
        return observed != null;
    }

    public Finding withObserved(String what) {
        return new Finding(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn,
                statement, fixes, suppression, what, related, downStep);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn,
                statement, fixes, s, observed, related, downStep);
    }

    public Finding withRelated(List<RelatedLocation> r) {
        return new Finding(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn,
                statement, fixes, suppression, observed, r, downStep);
    }

    public Finding withLevel(Level l) {
        return new Finding(ruleId, l, message, help, path, span, startLine, startColumn, endLine, endColumn,
                statement, fixes, suppression, observed, related, downStep);
    }

    public Finding asDownStep() {
        return new Finding(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn,
                statement, fixes, suppression, observed, related, true);
    }

    /** An in-source suppression: the comment's reason (may be empty) becomes the SARIF justification. */
    public record Suppression(String justification) {
    }
}
