package dev.miglint.scan;

/** What a {@link Token} is; whitespace never becomes a token. */
public enum TokenKind {
    WORD, QUOTED_IDENT, STRING, DOLLAR_STRING, NUMBER, OPERATOR, LPAREN, RPAREN, COMMA, DOT, SEMICOLON,
    PARAMETER, PLACEHOLDER, LINE_COMMENT, BLOCK_COMMENT
}
