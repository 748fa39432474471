package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.StatementTokens;
import dev.miglint.scan.Lexer;
import dev.miglint.scan.Token;
import java.util.List;

/** The {@link StatementTokens} of a statement, from the dialect's lexer. */
public final class StatementTokenizer {
    private StatementTokenizer() {
    }

    /** A statement's text on its own (a dry run's SQL, an EXECUTE string), lexed as {@code dialect} writes it. */
    public static StatementTokens of(String statementText, Dialect dialect) {
        return of(0, statementText, Lexer.tokenize(statementText, dialect).tokens());
    }

    /**
     * The tokens (file-absolute offsets) of the statement whose text is {@code statementText}, starting at
     * {@code statementStart}; those outside it and comments are left out.
     */
    static StatementTokens of(int statementStart, String statementText, List<Token> tokens) {
        StatementTokens.Builder b = new StatementTokens.Builder(statementText);
        int statementEnd = statementStart + statementText.length();
        for (Token t : tokens) {
            if (t.isComment() || t.start() < statementStart || t.end() > statementEnd) {
                continue;
            }
            int start = t.start() - statementStart;
            switch (t.kind()) {
                case WORD -> b.add(StatementTokens.Kind.WORD, start, start + t.length());
                case QUOTED_IDENT -> b.add(StatementTokens.Kind.QUOTED_NAME, start, start + t.length());
                case STRING, DOLLAR_STRING, NUMBER, PARAMETER, PLACEHOLDER ->
                        b.add(StatementTokens.Kind.LITERAL, start, start + t.length());
                default -> { // operators one character each, as punctuation is
                    for (int i = 0; i < t.length(); i++) {
                        b.add(StatementTokens.Kind.PUNCTUATION, start + i, start + i + 1);
                    }
                }
            }
        }
        return b.build();
    }
}
