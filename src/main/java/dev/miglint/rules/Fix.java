package dev.miglint.rules;

import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;

/** A mechanical fix: replace {@code span} of the file with {@code replacement}. */
public record Fix(String description, Span span, String replacement) {

    private static final Fix[] NONE = new Fix[0];

    /**
     * The fix that inserts {@code text} at {@code offset} of the statement's text (as found by
     * {@link dev.miglint.model.StatementTokens}), as an array for {@link RuleContext#report}: empty when the offset is
     * negative, i.e. the place was not found and the finding goes without a fix.
     */
    public static Fix[] insertAt(ParsedStatement statement, int offset, String description, String text) {
        if (offset < 0) {
            return NONE;
        }
        int at = statement.span().start() + offset;
        return new Fix[] {new Fix(description, new Span(at, at), text)};
    }

    /** {@link #insertAt} of the keyword that makes an index, refresh, reindex or detach run without blocking. */
    public static Fix[] insertConcurrently(ParsedStatement statement, int offset) {
        return insertAt(statement, offset, "Insert CONCURRENTLY", " CONCURRENTLY");
    }
}
