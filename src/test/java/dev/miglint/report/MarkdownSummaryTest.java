package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.lint.InputProblem;
import dev.miglint.lint.LintResult;
import dev.miglint.model.Span;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.rules.RuleInfo;
import dev.miglint.testing.GoldenFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The markdown report under a byte limit: whole blocks only, never over the limit, and the counts add up. */
class MarkdownSummaryTest {

    private static final RuleInfo DROP = new RuleInfo("drop-things", Level.ERROR, "Drops.", Set.of());
    private static final RuleInfo LOCK = new RuleInfo("lock-things", Level.WARNING, "Locks.", Set.of());
    private static final RuleInfo ADVICE = new RuleInfo("advise-things", Level.NOTE, "Advises.", Set.of());

    @Test
    void aReportThatFitsIsTheFullReport() throws IOException {
        String full = ReportGoldenTest.render(Format.MARKDOWN, SampleResults.sample());
        long size = full.getBytes(StandardCharsets.UTF_8).length;
        assertEquals(full, render(SampleResults.sample(), size));
        assertTrue(!render(SampleResults.sample(), size - 1).equals(full));
    }

    @Test
    void sampleSummaryGolden() throws IOException {
        String summary = render(SampleResults.sample(), 1800);
        GoldenFiles.assertMatches("report-sample.summary.md", summary);
        assertValid(summary, 1800);
    }

    @Test
    void manyFindingsSummaryGolden() throws IOException {
        LintResult result = generated(60, 3);
        String summary = render(result, 6000);
        GoldenFiles.assertMatches("report-many.summary.md", summary);
        assertValid(summary, 6000);
        assertCounts(summary, result);
    }

    @Test
    void neverOverTheLimitAlwaysValidAndTheCountsAddUp() throws IOException {
        LintResult result = generated(4000, 25);
        long fullSize = ReportGoldenTest.render(Format.MARKDOWN, result).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(fullSize > ReportOptions.GITHUB_STEP_SUMMARY_BYTES, "the generated report is too small: " + fullSize);
        for (long limit : new long[] {1024, 1500, 4096, 10_000, 65_536, ReportOptions.GITHUB_STEP_SUMMARY_BYTES}) {
            String summary = render(result, limit);
            assertValid(summary, limit);
            assertCounts(summary, result);
        }
    }

    @Test
    void errorsComeFirstInFull() throws IOException {
        String summary = render(generated(300, 0), 20_000);
        int firstWarning = summary.indexOf("#### warning:");
        int lastError = summary.lastIndexOf("#### error:");
        assertTrue(lastError > 0, summary);
        assertTrue(firstWarning < 0 || firstWarning > lastError, "a warning in full before an error");
    }

    static String render(LintResult result, long limit) throws IOException {
        return ReportGoldenTest.render(Format.MARKDOWN, ReportOptions.plain(ReportGoldenTest.VERSION).withMaxBytes(limit), result);
    }

    /** {@code n} findings over three rules and several files, with backticks, long statements and non-ASCII text. */
    static LintResult generated(int n, int problems) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RuleInfo rule = i % 5 == 0 ? DROP : i % 5 < 3 ? LOCK : ADVICE;
            String path = "db/migrations/V" + (i / 7 + 1) + "__step_" + (i / 7) + ".sql";
            String statement = i % 11 == 0
                    ? "ALTER TABLE \"Zoë 😀\"\n" + "  ADD COLUMN c int,\n".repeat(14) + "  ADD COLUMN ```x``` int"
                    : "DROP TABLE t" + i + " -- `tick` ::not-a-command";
            String help = i % 13 == 0
                    ? "Why: line\n".repeat(10) + "How:\n    DROP TABLE IF EXISTS t" + i + ";\n    SELECT 1;"
                    : "Why: it matters.\nHow:\n    DROP TABLE IF EXISTS t" + i + ";";
            findings.add(new Finding(rule.id(), rule.level(), "Finding " + i + " on `t" + i + "` <b>", help, path,
                    new Span(0, statement.length()), i % 7 + 1, 1, i % 7 + 2, 5, statement, List.of(), null));
        }
        List<InputProblem> problemList = new ArrayList<>();
        for (int i = 0; i < problems; i++) {
            problemList.add(new InputProblem("db/migrations/V9" + i + "__broken.sql", "not valid UTF-8 at byte " + i));
        }
        return new LintResult(findings, List.of(DROP, LOCK, ADVICE), Map.of(), List.of(), n / 7 + 1, n, 0, problemList);
    }

    private static final Pattern FENCE = Pattern.compile("^(`{3,})(.*)$");

    /** Within the limit, fences and details closed, tables whole, ends with a newline. */
    static void assertValid(String markdown, long limit) {
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
    static void assertCounts(String summary, LintResult result) {
        int visible = result.visibleFindings().size();
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
        int problemsShown = (int) summary.lines().filter(l -> l.startsWith("- `db/migrations/V9")).count();
        Matcher moreProblems = Pattern.compile("(\\d+) more problems?").matcher(summary);
        int problemsLeft = moreProblems.find() ? Integer.parseInt(moreProblems.group(1)) : 0;
        assertEquals(result.problems().size(), problemsShown + problemsLeft, "problems");
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
