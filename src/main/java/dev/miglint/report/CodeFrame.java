package dev.miglint.report;

import dev.miglint.rules.Finding;
import dev.miglint.scan.LineIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * The source lines of a finding's span with a line-number gutter and a {@code ^^^} underline of the span on each
 * line. Long spans show their first and last lines around an ellipsis.
 */
final class CodeFrame {

    static final int MAX_FULL_LINES = 8;
    static final int HEAD_LINES = 3;
    static final int TAIL_LINES = 2;
    private static final String INDENT = "  ";

    private CodeFrame() {
    }

    static List<String> render(LineIndex lines, Finding finding, AnsiStyle style) {
        int first = clamp(finding.startLine(), 1, lines.lineCount());
        int last = clamp(finding.endLine(), first, lines.lineCount());
        int endColumn = finding.endColumn();
        // A span that takes in a trailing line break ends at column 1 of the next line: nothing of it is there.
        if (last > first && endColumn <= 1) {
            last--;
            endColumn = Integer.MAX_VALUE;
        }
        int width = String.valueOf(last).length();
        List<String> out = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            if (last - first + 1 > MAX_FULL_LINES && n == first + HEAD_LINES) {
                out.add(style.dim(INDENT + " ".repeat(width) + " |") + " ...");
                n = last - TAIL_LINES;
                continue;
            }
            String text = Untrusted.line(lines.lineText(n).stripTrailing());
            out.add(style.dim(INDENT + pad(n, width) + " |") + (text.isEmpty() ? "" : " " + text));
            int from = n == first ? clamp(finding.startColumn() - 1, 0, text.length()) : firstNonBlank(text);
            int to = n == last ? clamp(endColumn == Integer.MAX_VALUE ? text.length() : endColumn - 1, 0,
                    text.length()) : text.length();
            boolean emptySpan = first == last && to <= from;
            if (to > from || emptySpan) {
                int carets = Math.max(1, DisplayWidth.of(text.substring(from, Math.max(from, to))));
                out.add(style.dim(INDENT + " ".repeat(width) + " |") + " " + blanksLike(text, from)
                        + style.level(finding.level(), "^".repeat(carets)));
            }
        }
        return out;
    }

    /** Blanks as wide as {@code text}'s first {@code end} chars, keeping tabs so the underline lines up. */
    private static String blanksLike(String text, int end) {
        StringBuilder sb = new StringBuilder();
        text.substring(0, end).codePoints().forEach(c -> {
            if (c == '\t') {
                sb.append('\t');
            } else {
                sb.append(" ".repeat(DisplayWidth.of(c)));
            }
        });
        return sb.toString();
    }

    private static int firstNonBlank(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String pad(int n, int width) {
        String s = String.valueOf(n);
        return " ".repeat(width - s.length()) + s;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(value, max));
    }
}
