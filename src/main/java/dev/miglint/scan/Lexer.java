package dev.miglint.scan;

import static dev.miglint.scan.SqlChars.isDigit;
import static dev.miglint.scan.SqlChars.isHexDigit;
import static dev.miglint.scan.SqlChars.isIdentPart;
import static dev.miglint.scan.SqlChars.isIdentStart;
import static dev.miglint.scan.SqlChars.isSpace;

import dev.miglint.model.Dialect;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dialect-aware SQL lexer. It works in one forward pass without regular expressions or recursion,
 * so its cost is linear in the input and any nesting depth is safe. It never throws on any input:
 * an unterminated construct becomes a token that runs to the end of the range plus a {@link ScanProblem}.
 *
 * <p>Besides the static {@link #tokenize}, the {@link Scanner} drives an instance token by token so it
 * can take over at line level (psql meta-commands, COPY data, DELIMITER lines).
 */
public final class Lexer {

    private final String text;
    private final int limit;
    private final Dialect dialect;
    private final List<ScanProblem> problems;
    private final QuotedEnds ends;
    /** A MySQL-client DELIMITER other than ";", lexed as a SEMICOLON token; null for the default. */
    private String customDelimiter;
    private int pos;

    Lexer(String text, int from, int to, Dialect dialect, List<ScanProblem> problems) {
        checkRange(text, from, to);
        this.text = text;
        this.pos = from;
        this.limit = to;
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.problems = problems;
        this.ends = new QuotedEnds(text, to);
    }

    /** Tokens of {@code text[from, to)}: whitespace omitted, comments kept as tokens. */
    public static LexResult tokenize(String text, int from, int to, Dialect dialect) {
        List<ScanProblem> problems = new ArrayList<>();
        Lexer lexer = new Lexer(text, from, to, dialect, problems);
        reportNulBytes(text, from, to, problems);
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.next(); token != null; token = lexer.next()) {
            tokens.add(token);
        }
        return new LexResult(tokens, problems);
    }

    public static LexResult tokenize(String text, Dialect dialect) {
        return tokenize(text, 0, text.length(), dialect);
    }

    static void checkRange(String text, int from, int to) {
        Objects.requireNonNull(text, "text");
        if (from < 0 || to < from || to > text.length()) {
            throw new IllegalArgumentException("bad range " + from + ".." + to + " for text of length " + text.length());
        }
    }

    /** One problem for the first NUL only: a binary or UTF-16 file would otherwise yield thousands. */
    static void reportNulBytes(String text, int from, int to, List<ScanProblem> problems) {
        int first = -1;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\0') {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
        }
        if (first >= 0) {
            problems.add(new ScanProblem(ScanProblem.Kind.NUL_BYTE, first,
                    count == 1 ? "NUL byte in input" : count + " NUL bytes in input, first here"));
        }
    }

    int position() {
        return pos;
    }

    int limit() {
        return limit;
    }

    void moveTo(int offset) {
        pos = offset;
    }

    void setDelimiter(String delimiter) {
        if (delimiter.isEmpty()) {
            throw new IllegalArgumentException("empty delimiter"); // it would match everywhere without advancing
        }
        customDelimiter = ";".equals(delimiter) ? null : delimiter;
    }

    String delimiter() {
        return customDelimiter == null ? ";" : customDelimiter;
    }

    /** Skips whitespace (including a BOM and NUL bytes) and returns the new position. */
    int skipWhitespace() {
        while (pos < limit && isSpace(text.charAt(pos))) {
            pos++;
        }
        return pos;
    }

    /** The next token, or null at the end of the range. */
    Token next() {
        skipWhitespace();
        if (pos >= limit) {
            return null;
        }
        int start = pos;
        if (customDelimiter != null && startsWithinLimit(customDelimiter, start)) {
            return emit(TokenKind.SEMICOLON, start, start + customDelimiter.length());
        }
        char c = text.charAt(start);
        char next = charAt(start + 1);
        switch (c) {
            case '(': return emit(TokenKind.LPAREN, start, start + 1);
            case ')': return emit(TokenKind.RPAREN, start, start + 1);
            case ',': return emit(TokenKind.COMMA, start, start + 1);
            case ';': return emit(TokenKind.SEMICOLON, start, start + 1);
            case '\'': return quoted(start, start + 1, '\'', TokenKind.STRING, dialect == Dialect.MYSQL);
            case '"':
                return dialect == Dialect.MYSQL
                        ? quoted(start, start + 1, '"', TokenKind.STRING, true)
                        : quoted(start, start + 1, '"', TokenKind.QUOTED_IDENT, false);
            case '`':
                if (dialect != Dialect.POSTGRES) {
                    return quoted(start, start + 1, '`', TokenKind.QUOTED_IDENT, false);
                }
                break;
            case '[':
                if (dialect == Dialect.SQLITE) {
                    return bracketIdent(start);
                }
                break;
            case '-':
                if (next == '-') {
                    return lineComment(start);
                }
                break;
            case '#':
                if (dialect == Dialect.MYSQL) {
                    return lineComment(start);
                }
                break;
            case '/':
                if (next == '*') {
                    return blockComment(start);
                }
                break;
            case '{':
                if (next == '{') {
                    return goTemplate(start);
                }
                break;
            case '$':
                return dollar(start);
            case '.':
                return isDigit(next) ? number(start) : emit(TokenKind.DOT, start, start + 1);
            case '?':
                if (dialect != Dialect.POSTGRES) { // in PostgreSQL ? is a jsonb operator
                    return emit(TokenKind.PARAMETER, start, skipDigits(start + 1));
                }
                break;
            case ':':
                if (next == ':') {
                    return emit(TokenKind.OPERATOR, start, start + 2);
                }
                if (dialect == Dialect.SQLITE && isIdentStart(next)) {
                    return emit(TokenKind.PARAMETER, start, skipIdentChars(start + 1));
                }
                break;
            case '@':
                if (dialect == Dialect.SQLITE && isIdentStart(next)) {
                    return emit(TokenKind.PARAMETER, start, skipIdentChars(start + 1));
                }
                break;
            default:
                break;
        }
        if (isDigit(c)) {
            return number(start);
        }
        if (isIdentStart(c)) {
            return wordOrPrefixedString(start);
        }
        if (isOperatorChar(c)) {
            return operator(start);
        }
        return emit(TokenKind.OPERATOR, start, start + 1);
    }

    private Token emit(TokenKind kind, int start, int end) {
        pos = end;
        return new Token(kind, start, end);
    }

    private Token unterminated(TokenKind kind, int start, ScanProblem.Kind problem, String what) {
        problems.add(new ScanProblem(problem, start, "unterminated " + what));
        return emit(kind, start, limit);
    }

    private char charAt(int i) {
        return i < limit ? text.charAt(i) : '\0';
    }

    private boolean startsWithinLimit(String s, int at) {
        return at + s.length() <= limit && text.startsWith(s, at);
    }

    private Token quoted(int start, int bodyStart, char quote, TokenKind kind, boolean backslashEscapes) {
        int end = ends.quoted(bodyStart, quote, backslashEscapes);
        if (end >= 0) {
            return emit(kind, start, end);
        }
        return kind == TokenKind.QUOTED_IDENT
                ? unterminated(kind, start, ScanProblem.Kind.UNTERMINATED_QUOTED_IDENT, "quoted identifier")
                : unterminated(kind, start, ScanProblem.Kind.UNTERMINATED_STRING, "string literal");
    }

    private Token bracketIdent(int start) {
        int end = ends.through("]", start + 1);
        return end >= 0 ? emit(TokenKind.QUOTED_IDENT, start, end)
                : unterminated(TokenKind.QUOTED_IDENT, start, ScanProblem.Kind.UNTERMINATED_QUOTED_IDENT,
                        "[bracketed identifier]");
    }

    private Token lineComment(int start) {
        return emit(TokenKind.LINE_COMMENT, start, ends.lineEnd(start));
    }

    private Token blockComment(int start) {
        int end = ends.blockComment(start, dialect == Dialect.POSTGRES);
        return end >= 0 ? emit(TokenKind.BLOCK_COMMENT, start, end)
                : unterminated(TokenKind.BLOCK_COMMENT, start, ScanProblem.Kind.UNTERMINATED_COMMENT, "block comment");
    }

    private Token goTemplate(int start) {
        int end = ends.through("}}", start + 2);
        return end >= 0 ? emit(TokenKind.PLACEHOLDER, start, end)
                : unterminated(TokenKind.PLACEHOLDER, start, ScanProblem.Kind.UNTERMINATED_PLACEHOLDER,
                        "{{ template placeholder }}");
    }

    private Token dollar(int start) {
        char next = charAt(start + 1);
        if (next == '{') {
            int end = ends.through("}", start + 2);
            return end >= 0 ? emit(TokenKind.PLACEHOLDER, start, end)
                    : unterminated(TokenKind.PLACEHOLDER, start, ScanProblem.Kind.UNTERMINATED_PLACEHOLDER,
                            "${placeholder}");
        }
        if (isDigit(next)) {
            return emit(TokenKind.PARAMETER, start, skipDigits(start + 1));
        }
        if (dialect != Dialect.POSTGRES) {
            return isIdentStart(next)
                    ? emit(TokenKind.PARAMETER, start, skipIdentChars(start + 1))
                    : emit(TokenKind.OPERATOR, start, start + 1);
        }
        int tagEnd = ends.dollarTagEnd(start);
        if (tagEnd < 0) {
            return emit(TokenKind.OPERATOR, start, start + 1);
        }
        String delimiter = text.substring(start, tagEnd + 1);
        int end = ends.through(delimiter, tagEnd + 1);
        return end >= 0 ? emit(TokenKind.DOLLAR_STRING, start, end)
                : unterminated(TokenKind.DOLLAR_STRING, start, ScanProblem.Kind.UNTERMINATED_DOLLAR_QUOTE,
                        "dollar-quoted string " + delimiter);
    }

    private Token number(int start) {
        int i = start;
        if (text.charAt(i) == '0' && (charAt(i + 1) == 'x' || charAt(i + 1) == 'X') && isHexDigit(charAt(i + 2))) {
            i += 2;
            while (i < limit && isHexDigit(text.charAt(i))) {
                i++;
            }
            return emit(TokenKind.NUMBER, start, i);
        }
        i = skipDigits(i);
        if (charAt(i) == '.' && i < limit && charAt(i + 1) != '.') {
            i = skipDigits(i + 1);
        }
        char e = charAt(i);
        if ((e == 'e' || e == 'E') && i < limit) {
            int exponent = i + 1;
            if (charAt(exponent) == '+' || charAt(exponent) == '-') {
                exponent++;
            }
            if (isDigit(charAt(exponent)) && exponent < limit) {
                i = skipDigits(exponent);
            }
        }
        return emit(TokenKind.NUMBER, start, i);
    }

    private Token wordOrPrefixedString(int start) {
        char c = text.charAt(start);
        char next = charAt(start + 1);
        if (next == '\'' && start + 1 < limit) {
            switch (c) {
                case 'e': case 'E':
                    if (dialect == Dialect.POSTGRES) {
                        return quoted(start, start + 2, '\'', TokenKind.STRING, true);
                    }
                    break;
                case 'b': case 'B': case 'x': case 'X': case 'n': case 'N':
                    return quoted(start, start + 2, '\'', TokenKind.STRING, dialect == Dialect.MYSQL);
                default:
                    break;
            }
        }
        if ((c == 'u' || c == 'U') && next == '&' && dialect == Dialect.POSTGRES) {
            char quote = charAt(start + 2);
            if (quote == '\'' && start + 2 < limit) {
                return quoted(start, start + 3, '\'', TokenKind.STRING, false);
            }
            if (quote == '"' && start + 2 < limit) {
                return quoted(start, start + 3, '"', TokenKind.QUOTED_IDENT, false);
            }
        }
        int end = start + 1;
        while (end < limit && isIdentPart(text.charAt(end))
                && (customDelimiter == null || !startsWithinLimit(customDelimiter, end))) {
            end++;
        }
        return emit(TokenKind.WORD, start, end);
    }

    /** A run of operator characters, stopping before a comment start or a custom delimiter. */
    private Token operator(int start) {
        int i = start + 1;
        while (i < limit && isOperatorChar(text.charAt(i))) {
            char ch = text.charAt(i);
            char after = charAt(i + 1);
            if ((ch == '-' && after == '-') || (ch == '/' && after == '*')
                    || (customDelimiter != null && startsWithinLimit(customDelimiter, i))) {
                break;
            }
            i++;
        }
        return emit(TokenKind.OPERATOR, start, i);
    }

    private int skipDigits(int i) {
        while (i < limit && isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private int skipIdentChars(int i) {
        while (i < limit && isIdentPart(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private boolean isOperatorChar(char c) {
        switch (c) {
            case '+': case '-': case '*': case '/': case '<': case '>': case '=': case '~': case '!':
            case '@': case '%': case '^': case '&': case '|':
                return true;
            case '#':
                return dialect != Dialect.MYSQL;
            case '?':
                return dialect == Dialect.POSTGRES;
            default:
                return false;
        }
    }
}
