package dev.miglint.report;

/**
 * Text that comes from the input (identifiers, statements, comments, file names) made safe to print. A control
 * character could end a line and start a forged one ({@code ::add-mask::} for the GitHub runner), clear the
 * screen, plant a terminal link (OSC 8) or overwrite a line with a carriage return; bidirectional overrides can
 * make a line read differently from what it is. Each becomes one visible character, so positions and the code
 * frame's underline still line up.
 */
public final class Untrusted {
    /** Shown for characters that have no control picture (C1 controls, bidi overrides, line separators). */
    static final char REPLACEMENT = '\uFFFD';
    static final char ZERO_WIDTH_SPACE = '\u200B';

    private Untrusted() {
    }

    /** One line: every control character, line breaks included, shown as a visible character. */
    public static String line(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char shown = visible(c);
            if (shown != c && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (sb != null) {
                sb.append(shown);
            }
        }
        return sb == null ? text : sb.toString();
    }

    /** A line printed on its own (stderr): {@link #line} and {@link #guardCommands}. */
    public static String outputLine(String text) {
        return guardCommands(line(text));
    }

    /** Several lines: each line made safe by {@link #line}, the line breaks between them kept. */
    public static String lines(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        int start = 0;
        for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
            sb.append(line(text.substring(start, nl))).append('\n');
            start = nl + 1;
        }
        return sb.append(line(text.substring(start))).toString();
    }

    /**
     * Output lines that a CI runner reads as commands are broken with a zero-width space: the GitHub runner takes a
     * line that starts with {@code ::} after leading blanks as a workflow command ({@code ::add-mask::},
     * {@code ::stop-commands::}) and {@code ##[} anywhere in a line as an old-style one. Only input text can put them
     * there in a text or Markdown report; the github format writes its own commands and escapes their data.
     */
    public static String guardCommands(String lines) {
        if (!lines.contains("::") && !lines.contains("##[")) {
            return lines;
        }
        StringBuilder sb = new StringBuilder(lines.length() + 16);
        int start = 0;
        while (start <= lines.length()) {
            int nl = lines.indexOf('\n', start);
            int end = nl < 0 ? lines.length() : nl;
            String line = breakOldStyleCommands(lines.substring(start, end));
            int first = 0;
            while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
                first++;
            }
            if (line.startsWith("::", first)) {
                line = line.substring(0, first + 1) + ZERO_WIDTH_SPACE + line.substring(first + 1);
            }
            sb.append(line);
            if (nl < 0) {
                break;
            }
            sb.append('\n');
            start = nl + 1;
        }
        return sb.toString();
    }

    /** {@code ##[command]}, which the GitHub runner finds anywhere in a line. */
    public static String breakOldStyleCommands(String text) {
        return text.replace("##[", "##" + ZERO_WIDTH_SPACE + "[");
    }

    /** A tab stays (code frames keep it to line up); C0 controls and DEL become their Unicode control pictures. */
    static char visible(char c) {
        if (c == '\t') {
            return c;
        }
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c >= 0x80 && c <= 0x9F || c == '\u2028' || c == '\u2029' || c >= '\u202A' && c <= '\u202E'
                || c >= '\u2066' && c <= '\u2069' || c == '\u200E' || c == '\u200F' || c == '\u061C') {
            return REPLACEMENT;
        }
        return c;
    }
}
