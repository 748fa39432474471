package dev.miglint.scan;

/**
 * Where quoted and delimited constructs end (strings, quoted identifiers, comments, dollar quotes, placeholders)
 * within {@code text[.., limit)}: the offset just after the closing delimiter, or -1 when it is unterminated.
 */
final class QuotedEnds {
    private final String text;
    private final int limit;

    QuotedEnds(String text, int limit) {
        this.text = text;
        this.limit = limit;
    }

    /** A quote doubled inside the body stands for itself; {@code backslashEscapes}: MySQL's \' as well. */
    int quoted(int bodyStart, char quote, boolean backslashEscapes) {
        int i = bodyStart;
        while (i < limit) {
            char ch = text.charAt(i);
            if (backslashEscapes && ch == '\\') {
                i += 2;
            } else if (ch == quote) {
                if (charAt(i + 1) == quote && i + 1 < limit) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The end of the line (the newline itself is not part of it). */
    int lineEnd(int start) {
        int i = start;
        while (i < limit && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** {@code nests}: PostgreSQL nests block comments; MySQL and SQLite close at the first {@code * /}. */
    int blockComment(int start, boolean nests) {
        int depth = 1;
        int i = start + 2;
        while (i < limit) {
            char ch = text.charAt(i);
            if (ch == '*' && charAt(i + 1) == '/' && i + 1 < limit) {
                i += 2;
                if (--depth == 0) {
                    return i;
                }
            } else if (nests && ch == '/' && charAt(i + 1) == '*' && i + 1 < limit) {
                i += 2;
                depth++;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The end of the first {@code closing} at or after {@code from}. */
    int through(String closing, int from) {
        int close = text.indexOf(closing, from);
        return close < 0 || close + closing.length() > limit ? -1 : close + closing.length();
    }

    /**
     * PostgreSQL: the offset of the {@code $} that closes the dollar-quote tag opened at {@code start}
     * ({@code $$} or {@code $tag$}), or -1 when no tag starts there.
     */
    int dollarTagEnd(int start) {
        int tagEnd = start + 1;
        if (SqlChars.isIdentStart(charAt(tagEnd))) {
            tagEnd++;
            while (tagEnd < limit && SqlChars.isIdentPart(text.charAt(tagEnd)) && text.charAt(tagEnd) != '$') {
                tagEnd++;
            }
        }
        return charAt(tagEnd) != '$' || tagEnd >= limit ? -1 : tagEnd;
    }

    private char charAt(int i) {
        return i < limit ? text.charAt(i) : '\0';
    }
}
