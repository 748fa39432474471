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
import dev.miglint.testing.MarkdownChecks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        MarkdownChecks.assertValid(summary, 1800);
    }

    @Test
    void manyFindingsSummaryGolden() throws IOException {
        LintResult result = generated(60, 3);
        String summary = render(result, 6000);
        GoldenFiles.assertMatches("report-many.summary.md", summary);
        MarkdownChecks.assertValid(summary, 6000);
        MarkdownChecks.assertCounts(summary, result.visibleFindings().size(), result.problems().size());
    }

    @Test
    void neverOverTheLimitAlwaysValidAndTheCountsAddUp() throws IOException {
        LintResult result = generated(4000, 25);
        long fullSize = ReportGoldenTest.render(Format.MARKDOWN, result).getBytes(StandardCharsets.UTF_8).length;
        assertTrue(fullSize > ReportOptions.GITHUB_STEP_SUMMARY_BYTES, "the generated report is too small: " + fullSize);
        for (long limit : new long[] {1024, 1500, 4096, 10_000, 65_536, ReportOptions.GITHUB_STEP_SUMMARY_BYTES}) {
            String summary = render(result, limit);
            MarkdownChecks.assertValid(summary, limit);
            MarkdownChecks.assertCounts(summary, result.visibleFindings().size(), result.problems().size());
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

}
