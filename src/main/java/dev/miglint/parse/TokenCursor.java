package dev.miglint.parse;

import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlExpr;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A forward cursor over the significant tokens (comments dropped) of one statement, or of a part of it:
 * {@link #parenthesized()} and {@link #splitAtTopLevelCommas()} hand out cursors over sub-ranges, so the
 * recognizers can treat "the inside of these parentheses" as a statement of its own. Matching keywords and
 * kinds is {@link TokenMatcher}'s job; this class reads names, values and sub-ranges.
 */
final class TokenCursor extends TokenMatcher {

    private TokenCursor(String source, List<Token> tokens, int from, int end) {
        super(source, tokens, from, end);
    }

    static TokenCursor over(String source, List<Token> tokens) {
        List<Token> significant = tokens.stream().filter(t -> !t.isComment()).toList();
        return new TokenCursor(source, significant, 0, significant.size());
    }

    boolean peekIdentifier() {
        return isIdentifier(peek());
    }

    private static boolean isIdentifier(Token t) {
        return t != null && (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENT
                || t.kind() == TokenKind.PLACEHOLDER);
    }

    /** One identifier, normalized; a template placeholder stands for an identifier and is kept as written. */
    String identifier() {
        Token t = peek();
        if (!isIdentifier(t)) {
            throw new NotRecognizedException("expected a name " + near());
        }
        pos++;
        String text = t.text(source);
        if (t.kind() == TokenKind.QUOTED_IDENT && text.startsWith("\"{{") && !text.contains("}}")) {
            return quotedTemplate(t);
        }
        return t.kind() == TokenKind.PLACEHOLDER ? text : Identifiers.normalize(text);
    }

    /** {@code "{{ index .Options "Namespace" }}"}: the lexer ends the quoted name at the inner quote; rejoin it. */
    private String quotedTemplate(Token first) {
        while (!atEnd()) {
            Token t = next();
            if (t.text(source).endsWith("}}\"")) {
                return source.substring(first.start(), t.end());
            }
        }
        throw new NotRecognizedException("unterminated template placeholder");
    }

    /** {@code a}, {@code s.a} or {@code db.s.a}; placeholders may stand for any part. */
    QualifiedName qualifiedName() {
        List<String> parts = new ArrayList<>();
        parts.add(identifier());
        while (peekKind(TokenKind.DOT) && isIdentifier(peek(1))) {
            pos++;
            parts.add(identifier());
        }
        String name = parts.get(parts.size() - 1);
        return new QualifiedName(parts.size() > 1 ? parts.get(parts.size() - 2) : null, name);
    }

    /** A value such as a collation, charset or comment: a name or a literal. */
    void qualifiedNameOrLiteral() {
        if (peekIdentifier()) {
            qualifiedName();
        } else {
            next();
        }
    }

    /** Like {@link #qualifiedNameOrLiteral()}, returning the name's last part or the literal's value. */
    String nameOrLiteralValue() {
        return peekIdentifier() ? qualifiedName().name() : literalValue();
    }

    /** {@code name [, name ...]} as used by DROP, TRUNCATE, VACUUM and LOCK. */
    List<QualifiedName> qualifiedNameList() {
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(qualifiedName());
            skipOptionalParens();
        } while (accept(TokenKind.COMMA));
        return names;
    }

    /** {@code (a, b)} as plain names. */
    List<String> identifierList() {
        TokenCursor inside = parenthesized();
        List<String> names = new ArrayList<>();
        for (TokenCursor item : inside.splitAtTopLevelCommas()) {
            names.add(item.identifier());
        }
        return names;
    }

    /** A cursor over the inside of the parenthesized group that comes next; this cursor moves past it. */
    TokenCursor parenthesized() {
        expect(TokenKind.LPAREN);
        int from = pos;
        int close = matchingParen(pos - 1);
        pos = close + 1;
        return new TokenCursor(source, tokens, from, close);
    }

    void skipOptionalParens() {
        if (peekKind(TokenKind.LPAREN)) {
            parenthesized();
        }
    }

    private int matchingParen(int open) {
        int depth = 0;
        for (int i = open; i < end; i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.LPAREN) {
                depth++;
            } else if (k == TokenKind.RPAREN && --depth == 0) {
                return i;
            }
        }
        throw new NotRecognizedException("unbalanced parentheses");
    }

    /** A cursor over the tokens {@code [fromIndex, toIndex)} of this statement (indexes as {@link #mark()}). */
    TokenCursor range(int fromIndex, int toIndex) {
        return new TokenCursor(source, tokens, fromIndex, Math.min(toIndex, end));
    }

    /** The index just past this cursor's range. */
    int endMark() {
        return end;
    }

    /** Moves past one token, or past a whole parenthesized group. */
    void skipItem() {
        if (peekKind(TokenKind.LPAREN)) {
            parenthesized();
        } else {
            next();
        }
    }

    /** The rest of this cursor's range cut at top-level commas; this cursor moves to its end. */
    List<TokenCursor> splitAtTopLevelCommas() {
        List<TokenCursor> parts = new ArrayList<>();
        int from = pos;
        int depth = 0;
        for (int i = pos; i < end; i++) {
            TokenKind k = tokens.get(i).kind();
            if (k == TokenKind.LPAREN) {
                depth++;
            } else if (k == TokenKind.RPAREN) {
                depth--;
            } else if (k == TokenKind.COMMA && depth == 0) {
                parts.add(new TokenCursor(source, tokens, from, i));
                from = i + 1;
            }
        }
        parts.add(new TokenCursor(source, tokens, from, end));
        pos = end;
        return parts;
    }

    /**
     * Moves past an expression: everything up to (not including) the first top-level word for which
     * {@code stop} holds, or the end. At least one item is always taken, so {@code DEFAULT NULL} keeps its NULL.
     * Returns the expression's source text, or null when it is empty.
     */
    SqlExpr expressionUntil(java.util.function.Predicate<TokenCursor> stop) {
        int from = pos;
        if (!atEnd()) {
            skipItem();
        }
        while (!atEnd() && !stop.test(this)) {
            skipItem();
        }
        return pos == from ? null : new SqlExpr(textBetween(from, pos));
    }

    /** Source text of the tokens {@code [fromIndex, toIndex)}, as written. */
    String textBetween(int fromIndex, int toIndex) {
        if (toIndex <= fromIndex) {
            return "";
        }
        return source.substring(tokens.get(fromIndex).start(), tokens.get(toIndex - 1).end());
    }

    String restText() {
        return textBetween(pos, end);
    }

    /** Whether a word occurs at parenthesis depth 0 in the rest of this cursor's range. */
    boolean hasTopLevelWord(String keywordUpper) {
        return indexOfTopLevelWord(keywordUpper) >= 0;
    }

    int indexOfTopLevelWord(String keywordUpper) {
        int depth = 0;
        for (int i = pos; i < end; i++) {
            Token t = tokens.get(i);
            if (t.kind() == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
            } else if (depth == 0 && t.isWord(source, keywordUpper)) {
                return i;
            }
        }
        return -1;
    }

    /** Moves just past the next top-level occurrence of the word, or fails. */
    void skipPastTopLevelWord(String keywordUpper) {
        int i = indexOfTopLevelWord(keywordUpper);
        if (i < 0) {
            throw new NotRecognizedException("expected " + keywordUpper);
        }
        pos = i + 1;
    }

}
