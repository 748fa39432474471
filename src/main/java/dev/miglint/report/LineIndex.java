package dev.miglint.report;

import dev.miglint.model.Span;
import java.util.Arrays;

/**
 * Line starts of a file's text, to turn UTF-16 offsets into 1-based line and column numbers and to fetch the text
 * of a line. Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}.
 */
final class LineIndex {

    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[16];
        int count = 0;
        found[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    int lineCount() {
        return starts.length;
    }

    /** The text of a 1-based line without its line terminator; empty past the end of the file. */
    String line(int line) {
        if (line < 1 || line > starts.length) {
            return "";
        }
        int start = starts[line - 1];
        int end = line < starts.length ? starts[line] : text.length();
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }

    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, Math.min(Math.max(offset, 0), text.length()));
        return i >= 0 ? i + 1 : -i - 1;
    }

    int columnOf(int offset) {
        int clamped = Math.min(Math.max(offset, 0), text.length());
        return clamped - starts[lineOf(clamped) - 1] + 1;
    }

    TextRange range(Span span) {
        return new TextRange(lineOf(span.start()), columnOf(span.start()), lineOf(span.end()), columnOf(span.end()));
    }
}
