package dev.miglint.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks on a markdown report written under a size limit (summary mode). */
public final class MarkdownChecks {

    private MarkdownChecks() {
    }

    private static final Pattern FENCE = Pattern.compile("^(`{3,})(.*)$");

    /** Within the limit, fences and details closed, tables whole, ends with a newline. */
    public static void assertValid(String markdown, long limit) {
        long bytes = markdown.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= limit, bytes + " bytes over the limit " + limit);
        assertTrue(markdown.endsWith("\n"), "does not end with a newline");
        String openFence = null;
        int details = 0;
        for (String line : markdown.split("\n", -1)) {
            Matcher m = FENCE.matcher(line);
            if (openFence == null) {
                if (m.matches()) {
                    openFence = m.group(1);
                    continue;
                }
                details += count(line, "<details>") - count(line, "</details>");
                assertTrue(details >= 0, "</details> without <details>");
                if (line.startsWith("|")) {
                    assertTrue(line.endsWith("|"), "table row cut: " + line);
                }
            } else if (m.matches() && m.group(1).equals(openFence) && m.group(2).isEmpty()) {
                openFence = null;
            }
        }
        assertEquals(null, openFence, "a code fence is not closed");
        assertEquals(0, details, "a <details> is not closed");
    }

    /** Every visible finding is in full, on one line, or in the "N more" count; the rule table adds up. */
    public static void assertCounts(String summary, int visible, int problems) {
        int full = count(summary, "\n#### ");
        int oneLine = (int) summary.lines().filter(l -> l.matches("- (error|warning|note) `.*")).count();
        Matcher more = Pattern.compile("\n(\\d+) more findings?").matcher(summary);
        int rest = more.find() ? Integer.parseInt(more.group(1)) : 0;
        assertEquals(visible, full + oneLine + rest, "full " + full + " + one-line " + oneLine + " + more " + rest);
        Matcher rows = Pattern.compile("\n\\| `[a-z-]+` \\| [a-z]+ \\| (\\d+) \\|").matcher(summary);
        int inTable = 0;
        while (rows.find()) {
            inTable += Integer.parseInt(rows.group(1));
        }
        if (summary.contains("| rule | level | findings |")) {
            assertEquals(visible, inTable, "rule table");
        }
        int problemsShown = (int) summary.lines().filter(l -> l.matches("- `[^`]*`: .*")).count();
        Matcher moreProblems = Pattern.compile("(\\d+) more problems?").matcher(summary);
        int problemsLeft = moreProblems.find() ? Integer.parseInt(moreProblems.group(1)) : 0;
        assertEquals(problems, problemsShown + problemsLeft, "problems");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
