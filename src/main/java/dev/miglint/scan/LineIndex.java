package dev.miglint.scan;

import java.util.Arrays;

/**
 * Maps offsets to 1-based lines and 1-based columns counted in UTF-16 units, as SARIF does.
 * {@code \n}, {@code \r\n} and a lone {@code \r} each end a line.
 */
public final class LineIndex {

    private final String text;
    private final int[] lineStarts;
    private final int length;

    public LineIndex(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.text = text;
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = text.length();
    }

    /** The 1-based line of {@code offset}; {@code offset} may equal the text length. */
    public int line(int offset) {
        if (offset < 0 || offset > length) {
            throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + length);
        }
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    public int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The offset where the 1-based {@code line} starts. */
    public int lineStart(int line) {
        if (line < 1 || line > lineStarts.length) {
            throw new IndexOutOfBoundsException("line " + line + " outside 1.." + lineStarts.length);
        }
        return lineStarts[line - 1];
    }

    /** The length of the indexed text. */
    public int textLength() {
        return length;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The text of a 1-based line without its line terminator; empty outside the file. */
    public String lineText(int line) {
        if (line < 1 || line > lineStarts.length) {
            return "";
        }
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] : length;
        while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return text.substring(start, end);
    }
}
