package dev.miglint.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A constant literal expression, the test SQLite's ADD COLUMN applies to a default (the value it can compute
 * without a row) and the one every dialect shares for "the same value for every row".
 */
public final class ConstantLiteral {
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\s*(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|[+-]?\\s*0[xX][0-9a-fA-F]+");
    /** Parentheses and CASTs unwrapped around a default; each costs a pass over its text. */
    private static final int MAX_UNWRAPPED = 100;
    private static final Pattern BLOB = Pattern.compile("[xX]'[0-9a-fA-F]*'");

    private ConstantLiteral() {
    }

    /**
     * True for a literal (number, string, blob, NULL, TRUE/FALSE), possibly signed, parenthesized or CAST: a value
     * known without reading a row. CURRENT_TIMESTAMP, function calls and other expressions are not.
     */
    public static boolean is(SqlExpr value) {
        String t = value.text().trim();
        // a bounded loop, not recursion: CAST(CAST(... AS int) AS int) nests as deep as the input does
        for (int unwrapped = 0; ; unwrapped++) {
            if (unwrapped > MAX_UNWRAPPED) {
                return false; // no real default nests this deep; judged not constant, as SQLite may
            }
            if (t.startsWith("(") && t.endsWith(")") && balanced(t.substring(1, t.length() - 1))) {
                t = t.substring(1, t.length() - 1).trim();
                continue;
            }
            String operand = castOperand(t);
            if (operand == null) {
                break;
            }
            t = operand.trim();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.equals("null") || lower.equals("true") || lower.equals("false")
                || NUMBER.matcher(t).matches() || isStringLiteral(t) || BLOB.matcher(t).matches()
                || t.startsWith("\"") && t.endsWith("\"") && t.length() > 1 && t.indexOf('"', 1) == t.length() - 1;
    }

    /** {@code x} of {@code CAST(x AS type)}, else null; one pass over the text. */
    private static String castOperand(String t) {
        if (t.length() < 10 || !t.regionMatches(true, 0, "cast", 0, 4) || !t.endsWith(")")) {
            return null;
        }
        int open = 4;
        while (open < t.length() && Character.isWhitespace(t.charAt(open))) {
            open++;
        }
        if (open >= t.length() - 1 || t.charAt(open) != '(') {
            return null;
        }
        String inner = t.substring(open + 1, t.length() - 1);
        // the type after AS is words, blanks and parentheses only: the AS is after the last other character
        int typeFrom = inner.length();
        while (typeFrom > 0 && typeNameChar(inner.charAt(typeFrom - 1))) {
            typeFrom--;
        }
        for (int as = inner.length() - 3; as > 0 && as >= typeFrom; as--) {
            if (inner.regionMatches(true, as, "as", 0, 2) && Character.isWhitespace(inner.charAt(as - 1))
                    && Character.isWhitespace(inner.charAt(as + 2)) && !inner.substring(as + 3).isBlank()) {
                return inner.substring(0, as);
            }
        }
        return null;
    }

    private static boolean typeNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.isWhitespace(c) || c == '(' || c == ')';
    }

    /** A single-quoted literal with '' for a quote inside (a loop: a regex recursed once per character). */
    private static boolean isStringLiteral(String t) {
        if (t.length() < 2 || t.charAt(0) != '\'' || t.charAt(t.length() - 1) != '\'') {
            return false;
        }
        for (int i = 1; i < t.length() - 1; i++) {
            if (t.charAt(i) == '\'') {
                if (t.charAt(i + 1) != '\'' || i + 1 == t.length() - 1) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    private static boolean balanced(String s) {
        int depth = 0;
        for (char ch : s.toCharArray()) {
            if (ch == '(') {
                depth++;
            } else if (ch == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }
}
