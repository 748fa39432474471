package dev.miglint.parse;

import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.List;
import java.util.Locale;

/** The position in a range of a statement's tokens, and the matching of keywords and token kinds at it. */
abstract class TokenMatcher {

    final String source;
    final List<Token> tokens;
    final int end;
    int pos;

    TokenMatcher(String source, List<Token> tokens, int from, int end) {
        this.source = source;
        this.tokens = tokens;
        this.pos = from;
        this.end = end;
    }

    String source() {
        return source;
    }

    boolean atEnd() {
        return pos >= end;
    }

    int mark() {
        return pos;
    }

    void reset(int mark) {
        pos = mark;
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = pos + ahead;
        return i < end ? tokens.get(i) : null;
    }

    Token next() {
        if (atEnd()) {
            throw new NotRecognizedException("unexpected end of statement");
        }
        return tokens.get(pos++);
    }

    Token last() {
        return pos > 0 ? tokens.get(pos - 1) : null;
    }

    boolean peekKind(TokenKind kind) {
        return peekKind(0, kind);
    }

    boolean peekKind(int ahead, TokenKind kind) {
        Token t = peek(ahead);
        return t != null && t.kind() == kind;
    }

    boolean peekWord(String keywordUpper) {
        return peekWord(0, keywordUpper);
    }

    boolean peekWord(int ahead, String keywordUpper) {
        Token t = peek(ahead);
        return t != null && t.isWord(source, keywordUpper);
    }

    /** True when the next tokens are exactly these words. */
    boolean peekWords(String... keywordsUpper) {
        for (int i = 0; i < keywordsUpper.length; i++) {
            if (!peekWord(i, keywordsUpper[i])) {
                return false;
            }
        }
        return true;
    }

    boolean peekAnyWord(String... keywordsUpper) {
        for (String k : keywordsUpper) {
            if (peekWord(k)) {
                return true;
            }
        }
        return false;
    }

    boolean peekAnyWordAt(int ahead, String... keywordsUpper) {
        for (String k : keywordsUpper) {
            if (peekWord(ahead, k)) {
                return true;
            }
        }
        return false;
    }

    /** Consumes the words when all of them come next, in order. */
    boolean acceptWords(String... keywordsUpper) {
        if (!peekWords(keywordsUpper)) {
            return false;
        }
        pos += keywordsUpper.length;
        return true;
    }

    /** Consumes and returns (upper-cased) whichever of these words comes next, or null. */
    String acceptAnyWord(String... keywordsUpper) {
        for (String k : keywordsUpper) {
            if (peekWord(k)) {
                pos++;
                return k;
            }
        }
        return null;
    }

    void expectWords(String... keywordsUpper) {
        if (!acceptWords(keywordsUpper)) {
            throw new NotRecognizedException("expected " + String.join(" ", keywordsUpper) + " " + near());
        }
    }

    boolean accept(TokenKind kind) {
        if (peekKind(kind)) {
            pos++;
            return true;
        }
        return false;
    }

    void expect(TokenKind kind) {
        if (!accept(kind)) {
            throw new NotRecognizedException("expected " + kind + " " + near());
        }
    }

    /** Consumes {@code =} when it comes next (MySQL writes {@code ALGORITHM = INPLACE} and {@code ALGORITHM INPLACE}). */
    boolean acceptEquals() {
        if (peekKind(TokenKind.OPERATOR) && "=".equals(peek().text(source))) {
            pos++;
            return true;
        }
        return false;
    }

    /** Moves past the next operator token that ends with {@code suffix} (e.g. the {@code >>} closing a label). */
    void skipPastOperator(String suffix) {
        while (!atEnd()) {
            Token t = next();
            if (t.kind() == TokenKind.OPERATOR && t.text(source).endsWith(suffix)) {
                return;
            }
        }
    }

    void skipToEnd() {
        pos = end;
    }

    /** The next word upper-cased, or "" when the next token is not a word. */
    String peekUpperWord(int ahead) {
        Token t = peek(ahead);
        return t != null && t.kind() == TokenKind.WORD ? t.text(source).toUpperCase(Locale.ROOT) : "";
    }

    /** Up to {@code max} leading words, upper-cased and joined by spaces: the keyword of an Other. */
    String leadingWords(int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < max && peekKind(i, TokenKind.WORD); i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(peekUpperWord(i));
        }
        return sb.toString();
    }

    /** A string literal's value without quotes (doubled quotes undone), or the raw text of another token. */
    String literalValue() {
        Token t = next();
        String text = t.text(source);
        if (t.kind() == TokenKind.STRING && text.length() >= 2) {
            char quote = text.charAt(text.length() - 1);
            int open = text.indexOf(quote);
            if (open < text.length() - 1) {
                return text.substring(open + 1, text.length() - 1).replace("" + quote + quote, "" + quote);
            }
        }
        return text;
    }

    void expectEnd() {
        if (!atEnd()) {
            throw new NotRecognizedException("unexpected " + near());
        }
    }

    String near() {
        Token t = peek();
        if (t == null) {
            return "at end of statement";
        }
        String text = t.text(source);
        return "near '" + (text.length() > 30 ? text.substring(0, 30) + "..." : text) + "'";
    }
}
