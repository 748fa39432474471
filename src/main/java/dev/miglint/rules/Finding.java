package dev.miglint.rules;

import dev.miglint.model.Span;
import java.util.List;

/**
 * One reported hazard at an exact place. {@code path} is the display path (relative, forward slashes);
 * lines and columns are 1-based, columns in UTF-16 units, the end column exclusive.
 * {@code suppression} is null unless an in-source ignore comment silenced it.
 */
public record Finding(String ruleId, Level level, String message, String help, String path, Span span,
        int startLine, int startColumn, int endLine, int endColumn, String statement, List<Fix> fixes,
        Suppression suppression) {

    public Finding {
        fixes = fixes == null ? List.of() : List.copyOf(fixes);
    }

    public boolean suppressed() {
        return suppression != null;
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(ruleId, level, message, help, path, span, startLine, startColumn, endLine, endColumn,
                statement, fixes, s);
    }

    public Finding withLevel(Level l) {
        return new Finding(ruleId, l, message, help, path, span, startLine, startColumn, endLine, endColumn,
                statement, fixes, suppression);
    }

    /** An in-source suppression: the comment's reason (may be empty) becomes the SARIF justification. */
    public record Suppression(String justification) {
    }
}
