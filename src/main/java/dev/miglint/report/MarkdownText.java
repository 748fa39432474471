package dev.miglint.report;

/**
 * Input text placed in Markdown (a pull-request comment, a job summary) as literal text: it must not become a
 * link, an image, a heading, a list, HTML (an unbalanced {@code <details>}), a table cell break, or an @mention
 * or an autolink that GitHub adds after rendering. Control characters are shown visibly first ({@link Untrusted}).
 */
final class MarkdownText {
    /** Every ASCII punctuation character that Markdown or GitHub may interpret; a backslash makes it literal. */
    private static final String SPECIAL = "\\`*_[]<>|#!&~";
    /** Characters that start a list, a quote or a heading underline only at the start of a line. */
    private static final String LINE_START = "-+=";
    /** GitHub links mentions, issue references and URLs in rendered text, after backslash escapes are gone. */
    private static final char ZERO_WIDTH_SPACE = '\u200B';

    private MarkdownText() {
    }

    /** Plain text, one line. */
    static String literal(String text) {
        String line = Untrusted.line(text);
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            appendLiteral(sb, line, i);
        }
        return sb.toString();
    }

    /**
     * A line of help prose: its {@code `code`} spans are kept (nothing is interpreted inside them), the text
     * between them is made literal.
     */
    static String prose(String text) {
        String line = Untrusted.line(text);
        StringBuilder sb = new StringBuilder(line.length() + 16);
        int i = 0;
        if (!line.isEmpty() && LINE_START.indexOf(line.charAt(0)) >= 0) {
            sb.append('\\');
        } else {
            int digits = 0;
            while (digits < line.length() && Character.isDigit(line.charAt(digits))) {
                digits++;
            }
            if (digits > 0 && digits < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')) {
                sb.append(line, 0, digits).append('\\');
                i = digits;
            }
        }
        while (i < line.length()) {
            if (line.charAt(i) == '`') {
                int run = runLength(line, i);
                int close = closingRun(line, i + run, run);
                if (close >= 0) {
                    sb.append(line, i, close + run);
                    i = close + run;
                    continue;
                }
                for (int k = 0; k < run; k++) {
                    sb.append("\\`");
                }
                i += run;
                continue;
            }
            appendLiteral(sb, line, i);
            i++;
        }
        return sb.toString();
    }

    private static void appendLiteral(StringBuilder sb, String line, int i) {
        char c = line.charAt(i);
        if (SPECIAL.indexOf(c) >= 0) {
            sb.append('\\');
        }
        sb.append(c);
        // "@user", "org/repo#12" and "https://x" would still be linked by GitHub: break them with a zero-width space
        if (c == '@' || c == '#' || c == ':' && line.startsWith("//", i + 1) || c == '.' && i >= 3
                && line.regionMatches(true, i - 3, "www", 0, 3)) {
            sb.append(ZERO_WIDTH_SPACE);
        }
    }

    private static int runLength(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '`') {
            i++;
        }
        return i - from;
    }

    /** Where a backtick run of exactly {@code length} starts at or after {@code from}, or -1. */
    private static int closingRun(String text, int from, int length) {
        int i = text.indexOf('`', from);
        while (i >= 0) {
            int run = runLength(text, i);
            if (run == length) {
                return i;
            }
            i = text.indexOf('`', i + run);
        }
        return -1;
    }
}
