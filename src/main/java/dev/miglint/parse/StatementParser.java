package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.ParsedStatement.Origin;
import dev.miglint.model.Span;
import dev.miglint.model.Statement;
import dev.miglint.scan.ScanResult;
import dev.miglint.scan.Scanner;
import dev.miglint.scan.Segment;
import dev.miglint.scan.SegmentKind;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the statement segments of a scanned file into our statement model. Per statement: the
 * {@link TokenClassifier} picks a layer; most statements are modelled from their tokens alone, CREATE
 * TABLE / ALTER TABLE / CREATE INDEX by our recognizer with JSqlParser as fallback. A statement nobody
 * understands becomes {@link Statement.Unparsed}, never skipped; no exception escapes.
 */
public final class StatementParser {

    private final Dialect dialect;
    private final DdlModeler ddl;

    public StatementParser(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.ddl = new DdlModeler(dialect);
    }

    /**
     * One ParsedStatement per statement segment (index = position in the file, 0-based, counting nested
     * ones), in file order. A DO block yields a DoBlock followed by its body's statements with nested=true.
     */
    public List<ParsedStatement> parse(String fileText, ScanResult scan) {
        List<ParsedStatement> out = new ArrayList<>();
        for (Segment segment : scan.statements()) {
            if (segment.kind() == SegmentKind.META_COMMAND) {
                out.add(parsed(out, fileText, segment, new Statement.MetaCommand(text(fileText, segment.span()).trim()),
                        Origin.META, false));
            } else if (segment.kind() == SegmentKind.STATEMENT) {
                statement(fileText, segment, out);
            }
        }
        return out;
    }

    private void statement(String fileText, Segment segment, List<ParsedStatement> out) {
        TokenCursor c = TokenCursor.over(fileText, segment.tokens());
        if (c.atEnd()) {
            return; // only comments: nothing to model
        }
        StatementClass kind = TokenClassifier.classify(c);
        if (kind != StatementClass.DO_BLOCK) {
            out.add(model(out.size(), fileText, segment, c, kind, false));
            return;
        }
        DoBlockRecognizer.Result block;
        try {
            block = DoBlockRecognizer.recognize(c);
        } catch (NotRecognizedException | IllegalArgumentException e) {
            out.add(parsed(out, fileText, segment, new Statement.Unparsed(e.getMessage()), Origin.UNPARSED, false));
            return;
        }
        out.add(parsed(out, fileText, segment, block.model(), Origin.TOKENS, false));
        if (block.bodyFrom() >= 0) {
            body(fileText, block.bodyFrom(), block.bodyTo(), out);
        }
    }

    /**
     * The statements of a function or procedure body at file offsets {@code from}..{@code to} (inside its dollar
     * quotes), modelled as a DO block's body is: nested statements, {@code EXECUTE '...'} literals included.
     */
    public List<ParsedStatement> routineBody(String fileText, int from, int to) {
        List<ParsedStatement> out = new ArrayList<>();
        body(fileText, from, to, out);
        return out;
    }

    private void body(String fileText, int from, int to, List<ParsedStatement> out) {
        boolean declaring = false;
        for (Segment segment : Scanner.scan(fileText, from, to, dialect).statements()) {
            TokenCursor c = TokenCursor.over(fileText, segment.tokens());
            if (c.atEnd()) {
                continue;
            }
            if (declaring && !c.hasTopLevelWord("BEGIN")) {
                out.add(parsed(out, fileText, segment, new Statement.Other("DECLARE"), Origin.TOKENS, true));
                continue;
            }
            declaring = PlpgsqlControlFlow.skipPrefix(c);
            if (declaring || PlpgsqlControlFlow.isBlockSyntax(c)) {
                out.add(parsed(out, fileText, segment, new Statement.Other(declaring ? "DECLARE" : "PLPGSQL"),
                        Origin.TOKENS, true));
                continue;
            }
            Segment statement = new Segment(segment.kind(), new Span(c.peek().start(), segment.span().end()),
                    segment.tokens().stream().filter(t -> t.start() >= c.peek().start()).toList());
            TokenCursor rest = TokenCursor.over(fileText, statement.tokens());
            Token literal = executedLiteral(rest);
            out.add(model(out.size(), fileText, statement, rest, TokenClassifier.classify(rest), true));
            if (literal != null) {
                executed(fileText, literal, out);
            }
        }
    }

    /** {@code EXECUTE 'sql'} (a plain string literal, nothing but INTO / USING after it): that literal, else null. */
    private static Token executedLiteral(TokenCursor c) {
        if (!c.peekWord("EXECUTE")) {
            return null;
        }
        int start = c.mark();
        c.next();
        Token literal = c.atEnd() ? null : c.next();
        boolean plain = literal != null && literal.kind() == TokenKind.STRING
                && literal.text(c.source()).startsWith("'") && (c.atEnd() || c.peekAnyWord("INTO", "USING"));
        c.reset(start);
        return plain ? literal : null;
    }

    /**
     * The SQL of an {@code EXECUTE '...'} literal, modelled as nested statements like a DO body's. The literal's
     * doubled quotes are undone in a same-length copy of the file text (the quote of a pair that opens an inner
     * string moves right, the one that closes it left), so spans still point into the file.
     */
    private void executed(String fileText, Token literal, List<ParsedStatement> out) {
        int from = literal.start() + 1;
        int to = literal.end() - 1;
        if (to <= from) {
            return;
        }
        StringBuilder text = new StringBuilder(fileText);
        boolean inner = false;
        for (int i = from; i + 1 < to; i++) {
            if (fileText.charAt(i) == '\'' && fileText.charAt(i + 1) == '\'') {
                text.setCharAt(inner ? i + 1 : i, ' ');
                inner = !inner;
                i++;
            }
        }
        String unquoted = text.toString();
        for (Segment segment : Scanner.scan(unquoted, from, to, dialect).statements()) {
            TokenCursor c = TokenCursor.over(unquoted, segment.tokens());
            if (!c.atEnd() && segment.kind() == SegmentKind.STATEMENT) {
                out.add(model(out.size(), unquoted, segment, c, TokenClassifier.classify(c), true));
            }
        }
    }

    private ParsedStatement model(int index, String fileText, Segment segment, TokenCursor c, StatementClass kind, boolean nested) {
        Span span = segment.span();
        Statement model;
        Origin origin;
        try {
            switch (kind) {
                case CREATE_TABLE, ALTER_TABLE, CREATE_INDEX -> {
                    DdlModeler.Modelled m = ddl.model(kind, c, masked(fileText, segment));
                    model = m.model();
                    origin = m.origin();
                }
                case DO_BLOCK -> { // a DO inside a DO body: modelled, its body not walked again
                    model = DoBlockRecognizer.recognize(c).model();
                    origin = Origin.TOKENS;
                }
                default -> {
                    model = TokenStatementModeler.model(c, dialect);
                    c.expectEnd();
                    origin = Origin.TOKENS;
                }
            }
        } catch (NotRecognizedException e) {
            model = new Statement.Unparsed(e.getMessage());
            origin = Origin.UNPARSED;
        } catch (RuntimeException e) {
            model = new Statement.Unparsed("internal error: " + e);
            origin = Origin.UNPARSED;
        }
        dev.miglint.model.SyntaxProblem invalid = nested ? null
                : SyntaxEvidence.find(fileText, segment.tokens(), origin != Origin.UNPARSED, dialect);
        if (invalid != null) {
            // a lenient recognizer may have read something into it: invalid SQL is reported as such, not modelled
            model = new Statement.Unparsed(invalid.message(), invalid);
            origin = Origin.UNPARSED;
        }
        String text = text(fileText, span);
        return new ParsedStatement(index, span, text, model, origin, nested,
                StatementTokenizer.of(span.start(), text, segment.tokens()));
    }

    private static String masked(String fileText, Segment segment) {
        return PlaceholderMasker.mask(fileText, segment.span().start(), segment.span().end(), segment.tokens());
    }

    private static String text(String fileText, Span span) {
        return fileText.substring(span.start(), span.end());
    }

    private static ParsedStatement parsed(List<ParsedStatement> out, String fileText, Segment segment, Statement model,
            Origin origin, boolean nested) {
        Span span = segment.span();
        String text = text(fileText, span);
        return new ParsedStatement(out.size(), span, text, model, origin, nested,
                StatementTokenizer.of(span.start(), text, segment.tokens()));
    }
}
