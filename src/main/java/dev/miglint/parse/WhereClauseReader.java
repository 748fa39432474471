package dev.miglint.parse;

import dev.miglint.model.QualifiedName;
import dev.miglint.model.WhereClause;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the facts of {@link WhereClause} from the tokens of a WHERE condition: the condition is cut at its
 * top-level ANDs (not the AND of a BETWEEN; a wholly parenthesized conjunct is cut again) and each part is
 * matched against a few shapes: {@code TRUE}, {@code literal = literal}, {@code col = literal},
 * {@code col IN (literals)}, {@code col IS NULL}, {@code col IS NOT NULL}, {@code col = col},
 * {@code a.col = b.col} (a join). A top-level OR leaves the clause opaque.
 */
final class WhereClauseReader {

    /** RANGE: an index on the column can serve it; ORDERED: a RANGE bounded by an ordering ({@code <}, BETWEEN...). */
    private enum Shape { TAUTOLOGY, PINNED, IS_NULL, IS_NOT_NULL, JOIN, RANGE, ORDERED, NOT_SEEKABLE, OTHER }

    private WhereClauseReader() {
    }

    /** {@code c}: the tokens after WHERE, up to RETURNING / ORDER BY / LIMIT or the end. */
    static WhereClause read(TokenCursor c) {
        String text = c.restText();
        if (c.atEnd() || c.peekWords("CURRENT", "OF")) {
            return WhereClause.opaque(text);
        }
        List<TokenCursor> conjuncts = new ArrayList<>();
        if (!conjuncts(c, conjuncts)) {
            return WhereClause.opaque(text);
        }
        boolean allTautologies = true;
        boolean onlyNullTests = true;
        Set<String> pinned = new HashSet<>();
        Set<String> nulls = new HashSet<>();
        Set<String> notNulls = new HashSet<>();
        boolean onlyNullness = true;
        Set<String> seekable = new HashSet<>();
        boolean everyRead = true;
        boolean onlyJoins = true;
        List<WhereClause.Join> joins = new ArrayList<>();
        List<WhereClause.Comparison> comparisons = new ArrayList<>();
        boolean onlyComparisonsAndNotNull = true;
        Set<String> ordered = new HashSet<>();
        for (TokenCursor part : conjuncts) {
            String[] column = new String[1];
            int start = part.mark();
            Shape shape = shape(part, column);
            WhereClause.Comparison compared = null;
            if (shape == Shape.JOIN) {
                part.reset(start);
                QualifiedName left = part.qualifiedName();
                part.acceptEquals();
                joins.add(new WhereClause.Join(left, part.qualifiedName()));
            }
            if (shape == Shape.OTHER) {
                part.reset(start);
                compared = literalComparison(part);
                part.reset(start);
                shape = comparison(part, column);
                if (shape == Shape.ORDERED) {
                    ordered.add(column[0]);
                    shape = Shape.RANGE;
                }
            }
            if (compared != null) {
                comparisons.add(compared);
            } else if (shape == Shape.RANGE) {
                part.reset(start);
                List<WhereClause.Comparison> between = between(part);
                comparisons.addAll(between);
                compared = between.isEmpty() ? null : between.get(0);
            }
            onlyComparisonsAndNotNull &= compared != null || shape == Shape.TAUTOLOGY || shape == Shape.IS_NOT_NULL;
            everyRead &= shape != Shape.OTHER;
            if (shape == Shape.PINNED || shape == Shape.RANGE || shape == Shape.IS_NULL || shape == Shape.IS_NOT_NULL) {
                seekable.add(column[0]);
            }
            allTautologies &= shape == Shape.TAUTOLOGY;
            onlyJoins &= shape == Shape.TAUTOLOGY || shape == Shape.JOIN;
            onlyNullTests &= shape == Shape.TAUTOLOGY || shape == Shape.IS_NULL;
            onlyNullness &= shape == Shape.TAUTOLOGY || shape == Shape.IS_NULL || shape == Shape.IS_NOT_NULL;
            if (shape == Shape.PINNED) {
                pinned.add(column[0]);
            } else if (shape == Shape.IS_NULL) {
                nulls.add(column[0]);
            } else if (shape == Shape.IS_NOT_NULL) {
                notNulls.add(column[0]);
            }
        }
        return new WhereClause(text, allTautologies, pinned, nulls, onlyNullTests && !nulls.isEmpty(), notNulls,
                onlyNullness && !(nulls.isEmpty() && notNulls.isEmpty()), seekable, everyRead, joins,
                onlyJoins && !joins.isEmpty(), comparisons, onlyComparisonsAndNotNull && !comparisons.isEmpty(), ordered);
    }

    /** {@code col <op> literal} with an ordering or inequality operator, or null. */
    private static WhereClause.Comparison literalComparison(TokenCursor c) {
        try {
            if (!c.peekIdentifier() || c.peekAnyWord("NOT", "EXISTS", "NULL", "TRUE", "FALSE", "CASE")
                    || c.peekKind(1, TokenKind.LPAREN)) {
                return null;
            }
            String column = c.qualifiedName().name();
            if (!c.peekKind(TokenKind.OPERATOR)) {
                return null;
            }
            String op = c.next().text(c.source());
            if (!Set.of("<", "<=", ">", ">=", "<>", "!=").contains(op)) {
                return null;
            }
            int from = c.mark();
            return literal(c) && c.atEnd() ? new WhereClause.Comparison(column, op, c.textBetween(from, c.mark())) : null;
        } catch (NotRecognizedException e) {
            return null;
        }
    }

    /** {@code col BETWEEN literal AND literal} as its two comparisons ({@code >=}, {@code <=}); else none. */
    private static List<WhereClause.Comparison> between(TokenCursor c) {
        try {
            if (!c.peekIdentifier() || c.peekKind(1, TokenKind.LPAREN)) {
                return List.of();
            }
            String column = c.qualifiedName().name();
            if (!c.acceptWords("BETWEEN")) {
                return List.of();
            }
            int from = c.mark();
            if (!literal(c)) {
                return List.of();
            }
            String low = c.textBetween(from, c.mark());
            if (!c.acceptWords("AND")) {
                return List.of();
            }
            from = c.mark();
            if (!literal(c) || !c.atEnd()) {
                return List.of();
            }
            return List.of(new WhereClause.Comparison(column, ">=", low),
                    new WhereClause.Comparison(column, "<=", c.textBetween(from, c.mark())));
        } catch (NotRecognizedException e) {
            return List.of();
        }
    }

    /** Cuts at top-level ANDs into {@code out}; false when the range has a top-level OR. */
    private static boolean conjuncts(TokenCursor c, List<TokenCursor> out) {
        int from = c.mark();
        int depth = 0;
        boolean between = false;
        List<int[]> pieces = new ArrayList<>();
        for (int i = from; i < c.endMark(); i++) {
            c.reset(i);
            Token t = c.peek();
            if (t.kind() == TokenKind.LPAREN) {
                depth++;
            } else if (t.kind() == TokenKind.RPAREN) {
                depth--;
            } else if (depth == 0 && c.peekWord("OR")) {
                return false;
            } else if (depth == 0 && c.peekWord("BETWEEN")) {
                between = true;
            } else if (depth == 0 && c.peekWord("AND")) {
                if (between) {
                    between = false;
                } else {
                    pieces.add(new int[] {from, i});
                    from = i + 1;
                }
            }
        }
        pieces.add(new int[] {from, c.endMark()});
        for (int[] p : pieces) {
            TokenCursor part = c.range(p[0], p[1]);
            if (part.peekKind(TokenKind.LPAREN)) {
                TokenCursor inner = part.parenthesized();
                if (part.atEnd()) {
                    List<TokenCursor> nested = new ArrayList<>();
                    if (conjuncts(inner, nested)) {
                        out.addAll(nested);
                        continue;
                    }
                }
            }
            out.add(c.range(p[0], p[1]));
        }
        return true;
    }

    private static Shape shape(TokenCursor c, String[] column) {
        try {
            if (c.acceptWords("TRUE") || c.acceptWords("NOT", "FALSE")) {
                return c.atEnd() ? Shape.TAUTOLOGY : Shape.OTHER;
            }
            int start = c.mark();
            if (literal(c)) {
                String left = c.textBetween(start, c.mark());
                if (!c.acceptEquals()) {
                    return Shape.OTHER;
                }
                int right = c.mark();
                if (literal(c)) {
                    return c.atEnd() && c.textBetween(right, c.mark()).equals(left) ? Shape.TAUTOLOGY : Shape.OTHER;
                }
                if (c.peekIdentifier()) {
                    column[0] = c.qualifiedName().name();
                    return c.atEnd() ? Shape.PINNED : Shape.OTHER;
                }
                return Shape.OTHER;
            }
            if (!c.peekIdentifier() || c.peekAnyWord("NOT", "EXISTS", "NULL", "FALSE", "CASE")) {
                return Shape.OTHER;
            }
            QualifiedName left = c.qualifiedName();
            column[0] = left.name();
            if (c.acceptEquals()) {
                if (c.peekIdentifier() && !c.peekAnyWord("NULL", "TRUE", "FALSE")) {
                    QualifiedName right = c.qualifiedName();
                    if (!c.atEnd()) {
                        return Shape.OTHER;
                    }
                    if (right.equals(left)) {
                        return Shape.IS_NOT_NULL;
                    }
                    return left.schema() != null && right.schema() != null && !left.schema().equals(right.schema())
                            ? Shape.JOIN : Shape.OTHER;
                }
                return literal(c) && c.atEnd() ? Shape.PINNED : Shape.OTHER;
            }
            if (c.acceptWords("IN") && c.peekKind(TokenKind.LPAREN)) {
                TokenCursor values = c.parenthesized();
                if (!c.atEnd() || values.atEnd()) {
                    return Shape.OTHER;
                }
                for (TokenCursor v : values.splitAtTopLevelCommas()) {
                    if (!literal(v) || !v.atEnd()) {
                        return Shape.OTHER;
                    }
                }
                return Shape.PINNED;
            }
            if (c.acceptWords("IS", "NULL")) {
                return c.atEnd() ? Shape.IS_NULL : Shape.OTHER;
            }
            if (c.acceptWords("IS", "NOT", "NULL")) {
                return c.atEnd() ? Shape.IS_NOT_NULL : Shape.OTHER;
            }
            return Shape.OTHER;
        } catch (NotRecognizedException e) {
            return Shape.OTHER;
        }
    }

    /**
     * The shapes beyond the narrowing facts, read for index use: {@code col <op> value} with a comparison operator and
     * {@code col BETWEEN value AND value}, {@code col NOT IN (...)} and {@code col LIKE 'prefix...'} (RANGE: an index on
     * col can serve them), {@code col LIKE} with a leading wildcard and {@code NOT LIKE} (NOT_SEEKABLE); a value is a literal or a
     * function call ({@code NOW()}, {@code DATE_SUB(NOW(), INTERVAL 30 DAY)}), never another column.
     */
    private static Shape comparison(TokenCursor c, String[] column) {
        try {
            if (!c.peekIdentifier() || c.peekAnyWord("NOT", "EXISTS", "NULL", "TRUE", "FALSE", "CASE")
                    || c.peekKind(1, TokenKind.LPAREN)) {
                return Shape.OTHER;
            }
            column[0] = c.qualifiedName().name();
            if (c.peekKind(TokenKind.OPERATOR)) {
                String op = c.next().text(c.source());
                // MySQL's range optimizer serves <> and != too, as the two ranges either side of the value
                if (!java.util.Set.of("<", "<=", ">", ">=", "=", "<>", "!=").contains(op)) {
                    return Shape.OTHER;
                }
                if (!value(c) || !c.atEnd()) {
                    return Shape.OTHER;
                }
                return op.startsWith("<") && !op.equals("<>") || op.startsWith(">") ? Shape.ORDERED : Shape.RANGE;
            }
            if (c.acceptWords("BETWEEN")) {
                if (!value(c) || !c.acceptWords("AND")) {
                    return Shape.OTHER;
                }
                return value(c) && c.atEnd() ? Shape.ORDERED : Shape.OTHER;
            }
            boolean negated = c.acceptWords("NOT");
            if (c.acceptWords("LIKE")) {
                int start = c.mark();
                if (!literal(c) || !c.atEnd()) {
                    return Shape.OTHER;
                }
                String pattern = c.textBetween(start, c.mark());
                boolean prefix = pattern.length() > 1 && pattern.charAt(0) == '\'' && pattern.charAt(1) != '%'
                        && pattern.charAt(1) != '_';
                return prefix && !negated ? Shape.RANGE : Shape.NOT_SEEKABLE;
            }
            if (negated && c.acceptWords("IN") && c.peekKind(TokenKind.LPAREN)) {
                c.parenthesized();
                return c.atEnd() ? Shape.RANGE : Shape.OTHER; // the ranges between the listed values
            }
            return Shape.OTHER;
        } catch (NotRecognizedException e) {
            return Shape.OTHER;
        }
    }

    /**
     * A literal or a function call with any arguments (evaluated once per statement, not per row), plus or minus
     * further such values or intervals ({@code now() - interval '90 days'}, {@code NOW() - INTERVAL 90 DAY}).
     */
    private static boolean value(TokenCursor c) {
        if (!term(c)) {
            return false;
        }
        while (peeksSign(c)) {
            int before = c.mark();
            c.next();
            if (c.acceptWords("INTERVAL")) {
                if (!literal(c)) {
                    c.reset(before);
                    return false;
                }
                c.acceptAnyWord("MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR");
            } else if (!term(c)) {
                c.reset(before);
                return false;
            }
        }
        return true;
    }

    private static boolean term(TokenCursor c) {
        if (literal(c)) {
            return true;
        }
        if (c.peekAnyWord("CURRENT_DATE", "CURRENT_TIMESTAMP", "NOW", "CURRENT_TIME", "UTC_TIMESTAMP")
                && !c.peekKind(1, TokenKind.LPAREN)) {
            c.next();
            return true;
        }
        if (c.peekKind(TokenKind.WORD) && c.peekKind(1, TokenKind.LPAREN)) {
            c.next();
            c.parenthesized();
            return true;
        }
        return false;
    }

    /** {@code [+|-] number}, {@code 'string'}, each with an optional {@code ::type} cast. */
    private static boolean literal(TokenCursor c) {
        int start = c.mark();
        if (peeksSign(c)) {
            c.next();
        }
        if (!c.peekKind(TokenKind.NUMBER) && !c.peekKind(TokenKind.STRING)) {
            c.reset(start);
            return false;
        }
        c.next();
        while (c.peekKind(TokenKind.OPERATOR) && c.peek().text(c.source()).equals("::")) {
            c.next();
            if (!c.peekIdentifier()) {
                c.reset(start);
                return false;
            }
            c.qualifiedName();
            c.skipOptionalParens();
        }
        return true;
    }

    /** The next token is {@code +} or {@code -}: a sign, or a term added or subtracted. */
    private static boolean peeksSign(TokenCursor c) {
        return c.peekKind(TokenKind.OPERATOR) && (c.peek().text(c.source()).equals("-") || c.peek().text(c.source()).equals("+"));
    }
}
