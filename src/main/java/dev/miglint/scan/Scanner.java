package dev.miglint.scan;

import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements, psql meta-commands and trivia, following what migration tools and
 * command-line clients do: {@code ;} outside quotes, comments, parentheses and trigger/routine bodies;
 * Drizzle {@code --> statement-breakpoint}; goose {@code StatementBegin/End} blocks; MySQL {@code DELIMITER}
 * lines; psql backslash commands and {@code COPY ... FROM stdin} data.
 *
 * <p>A statement span runs from its first non-comment token to its last non-comment token, so leading and
 * trailing comments (e.g. suppression comments) and the terminator are trivia; comments between its tokens
 * belong to it.
 */
public final class Scanner {

    private final String text;
    private final int from;
    private final int to;
    private final Dialect dialect;
    private final Lexer lexer;
    private final List<ScanProblem> problems = new ArrayList<>();
    private final List<Segment> segments = new ArrayList<>();
    private final List<Token> comments = new ArrayList<>();
    private final StatementTracker tracker;
    private final List<Token> statementTokens = new ArrayList<>();
    /** Comments (and semicolons before a custom delimiter) after the last significant token: kept only if more follows. */
    private final List<Token> pendingTokens = new ArrayList<>();
    private int segmentEnd;
    /** No {@code \.} line exists at or after this offset; keeps many data-less COPY statements linear. */
    private int noCopyEndFrom = Integer.MAX_VALUE;

    private Scanner(String text, int from, int to, Dialect dialect) {
        Lexer.checkRange(text, from, to);
        this.text = text;
        this.from = from;
        this.to = to;
        this.dialect = dialect;
        this.lexer = new Lexer(text, from, to, dialect, problems);
        this.tracker = new StatementTracker(dialect);
        this.segmentEnd = from;
        tracker.reset(text);
    }

    public static ScanResult scan(String text, Dialect dialect) {
        return scan(text, 0, text.length(), dialect);
    }

    /** Scans {@code text[from, to)}, e.g. a DO block body inside a dollar quote; offsets stay file-absolute. */
    public static ScanResult scan(String text, int from, int to, Dialect dialect) {
        return new Scanner(text, from, to, dialect).run();
    }

    private ScanResult run() {
        Lexer.reportNulBytes(text, from, to, problems);
        while (true) {
            int position = lexer.skipWhitespace();
            if (position >= to) {
                break;
            }
            if (isFirstOnLine(position) && lineCommand(position)) {
                continue;
            }
            accept(lexer.next());
        }
        endStatement();
        if (segmentEnd < to) {
            segments.add(new Segment(SegmentKind.TRIVIA, new Span(segmentEnd, to), List.of()));
        }
        return new ScanResult(segments, comments, problems);
    }

    private void accept(Token token) {
        if (token.isComment()) {
            acceptComment(token);
        } else if (token.kind() == TokenKind.SEMICOLON) {
            acceptSemicolon(token);
        } else {
            addSignificant(token);
        }
    }

    private void acceptComment(Token comment) {
        comments.add(comment);
        if (token(comment).startsWith("-->") && contains(comment, "statement-breakpoint")) {
            endStatement();
            return;
        }
        GooseMarker marker = GooseMarker.of(text, comment);
        // a goose block is one Exec, not one statement: its statements split at ';' like any others (dollar
        // quotes and routine bodies stay whole), and its markers end whatever statement is open
        if (marker == GooseMarker.STATEMENT_BEGIN || marker == GooseMarker.STATEMENT_END) {
            endStatement();
        } else if (!statementTokens.isEmpty()) {
            pendingTokens.add(comment);
        }
    }

    private void acceptSemicolon(Token semicolon) {
        if (statementTokens.isEmpty()) {
            return;
        }
        boolean customDelimiter = !lexer.delimiter().equals(";");
        boolean isDelimiter = token(semicolon).equals(lexer.delimiter());
        if (customDelimiter && !isDelimiter) {
            // a trailing ';' before a custom delimiter is not part of the statement text
            pendingTokens.add(semicolon);
        } else if (isDelimiter && (customDelimiter || tracker.canEndAtSemicolon())) {
            boolean copyData = tracker.copyFromStdin();
            endStatement();
            if (copyData) {
                copyData(semicolon.end());
            }
        } else {
            addSignificant(semicolon);
        }
    }

    private void addSignificant(Token token) {
        if (!pendingTokens.isEmpty()) { // addAll copies even an empty list into a new array
            statementTokens.addAll(pendingTokens);
            pendingTokens.clear();
        }
        statementTokens.add(token);
        tracker.accept(token);
    }

    private void endStatement() {
        pendingTokens.clear();
        if (statementTokens.isEmpty()) {
            return;
        }
        int start = statementTokens.get(0).start();
        int end = statementTokens.get(statementTokens.size() - 1).end();
        emit(SegmentKind.STATEMENT, start, end, statementTokens);
        statementTokens.clear();
        tracker.reset(text);
    }

    private void emit(SegmentKind kind, int start, int end, List<Token> tokens) {
        if (start > segmentEnd) {
            segments.add(new Segment(SegmentKind.TRIVIA, new Span(segmentEnd, start), List.of()));
        }
        segments.add(new Segment(kind, new Span(start, end), tokens));
        segmentEnd = end;
    }

    /**
     * Meta-commands only start at a statement boundary. A DELIMITER line is also honoured after an
     * unterminated statement while a custom delimiter is active, as script runners do; it ends that statement.
     */
    private boolean lineCommand(int position) {
        boolean atBoundary = statementTokens.isEmpty();
        return (atBoundary && metaCommand(position))
                || ((atBoundary || !lexer.delimiter().equals(";")) && delimiterCommand(position));
    }

    /** A psql backslash command runs to the end of its line and needs no terminator. */
    private boolean metaCommand(int start) {
        if (text.charAt(start) != '\\') {
            return false;
        }
        int lineEnd = lineEnd(start);
        int end = trimEnd(start, lineEnd);
        LexResult line = Lexer.tokenize(text, start, end, dialect);
        for (Token token : line.tokens()) {
            if (token.isComment()) {
                comments.add(token);
            }
        }
        line.problems().stream().filter(p -> p.kind() != ScanProblem.Kind.NUL_BYTE).forEach(problems::add);
        emit(SegmentKind.META_COMMAND, start, end, line.tokens());
        lexer.moveTo(lineEnd);
        return true;
    }

    /** {@code DELIMITER $$} (mysql client): the line is trivia and changes the terminator. */
    private boolean delimiterCommand(int start) {
        String keyword = "DELIMITER";
        int afterKeyword = start + keyword.length();
        if (afterKeyword >= to || !text.regionMatches(true, start, keyword, 0, keyword.length())) {
            return false;
        }
        int lineEnd = lineEnd(start);
        int delimiterStart = afterKeyword;
        while (delimiterStart < lineEnd && (text.charAt(delimiterStart) == ' ' || text.charAt(delimiterStart) == '\t')) {
            delimiterStart++;
        }
        if (delimiterStart == afterKeyword || delimiterStart == lineEnd) {
            return false;
        }
        int delimiterEnd = delimiterStart;
        while (delimiterEnd < lineEnd && !SqlChars.isSpace(text.charAt(delimiterEnd))) {
            delimiterEnd++;
        }
        if (delimiterEnd == delimiterStart) {
            // 'DELIMITER' then a form feed, vertical tab or NUL: an empty terminator would match everywhere
            // without advancing (found by MigrationFuzzTest: the scanner looped forever)
            return false;
        }
        endStatement();
        if (dialect != Dialect.MYSQL) {
            // only the mysql client knows DELIMITER: elsewhere the line is a statement of its own (which no parser
            // understands, so it is reported) and ';' still ends the statements after it
            int end = trimEnd(start, lineEnd);
            emit(SegmentKind.STATEMENT, start, end, Lexer.tokenize(text, start, end, dialect).tokens());
            lexer.moveTo(lineEnd);
            return true;
        }
        lexer.setDelimiter(text.substring(delimiterStart, delimiterEnd));
        lexer.moveTo(lineEnd);
        return true;
    }

    /**
     * The rows after {@code COPY ... FROM stdin;} up to a {@code \.} line become one COPY_DATA segment with
     * no tokens. Without a {@code \.} line the COPY reads from elsewhere and nothing is consumed.
     */
    private void copyData(int terminatorEnd) {
        int lineEnd = lineEnd(terminatorEnd);
        int dataStart = nextLineStart(lineEnd);
        if (dataStart >= noCopyEndFrom) {
            return;
        }
        for (int line = dataStart; line < to; line = nextLineStart(lineEnd(line))) {
            int end = trimEnd(line, lineEnd(line));
            if (end - line == 2 && text.startsWith("\\.", line)) {
                for (Token token : Lexer.tokenize(text, terminatorEnd, lineEnd, dialect).tokens()) {
                    if (token.isComment()) {
                        comments.add(token);
                    }
                }
                int start = dataStart;
                while (SqlChars.isSpace(text.charAt(start))) {
                    start++;
                }
                emit(SegmentKind.COPY_DATA, start, end, List.of());
                lexer.moveTo(end);
                return;
            }
        }
        noCopyEndFrom = dataStart;
    }

    private boolean isFirstOnLine(int position) {
        int i = position - 1;
        while (i >= from && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\uFEFF')) {
            i--;
        }
        return i < from || text.charAt(i) == '\n' || text.charAt(i) == '\r';
    }

    private int lineEnd(int position) {
        int i = position;
        while (i < to && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private int nextLineStart(int lineEnd) {
        if (lineEnd < to && text.charAt(lineEnd) == '\r' && lineEnd + 1 < to && text.charAt(lineEnd + 1) == '\n') {
            return lineEnd + 2;
        }
        return Math.min(to, lineEnd + 1);
    }

    private int trimEnd(int start, int end) {
        while (end > start && SqlChars.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private String token(Token token) {
        return token.text(text);
    }

    /** Bounded to the token, so a file full of comments stays linear. */
    private boolean contains(Token token, String needle) {
        for (int i = token.start(); i + needle.length() <= token.end(); i++) {
            if (text.startsWith(needle, i)) {
                return true;
            }
        }
        return false;
    }
}
