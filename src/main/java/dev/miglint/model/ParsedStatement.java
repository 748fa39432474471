package dev.miglint.model;

/**
 * A statement of a migration file with where it came from: its span in the file, its text, its tokens (offsets
 * relative to the text) and which parser produced the model. {@code nested} is true for statements found inside a
 * DO block body.
 */
public record ParsedStatement(int index, Span span, String text, Statement model, Origin origin, boolean nested,
        StatementTokens tokens) {

    /** Which part of the parse layer built the model. */
    public enum Origin { JSQLPARSER, RECOGNIZER, TOKENS, META, UNPARSED }

    public boolean isUnparsed() {
        return model instanceof Statement.Unparsed;
    }

    /** Not understood because it is not valid SQL: the evidence, else null. */
    public SyntaxProblem syntaxProblem() {
        return model instanceof Statement.Unparsed u ? u.invalid() : null;
    }
}
