package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.rules.RuleInfo;
import dev.miglint.source.SourceFile;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    private static String text(LintResult result) throws IOException {
        return ReportGoldenTest.render(Format.TEXT, result);
    }

    private static LintResult oneFileWith(String sql, Finding... findings) {
        return SampleResults.withFindings(List.of(findings), Map.of("a.sql", SampleResults.source("a.sql", sql)));
    }

    private static Finding finding(String sql, String statement) {
        return SampleResults.finding(SampleResults.EXAMPLE_RULE, "msg", "Why.\nHow.", "a.sql", sql, statement,
                List.of());
    }

    @Test
    void noFindingsSaysSo() throws IOException {
        assertEquals("No findings in 1 file (2 statements).\n", text(SampleResults.clean()));
    }

    @Test
    void summaryCountsAreSingularOrPlural() {
        Finding error = finding("DELETE FROM t;", "DELETE FROM t;");
        Finding note = error.withLevel(Level.NOTE);
        LintResult result = new LintResult(List.of(error, error, note, note.withSuppression(
                new Finding.Suppression("ok"))), List.of(), Map.of(), List.of(), 1, 1, 0, List.of());
        assertEquals("Found 2 errors, 1 note in 1 file (1 statement, 1 suppressed).", SummaryLine.of(result));
    }

    @Test
    void suppressedOnlyIsNoFindings() {
        Finding suppressed = finding("DELETE FROM t;", "DELETE FROM t;").withSuppression(
                new Finding.Suppression(""));
        LintResult result = new LintResult(List.of(suppressed), List.of(), Map.of(), List.of(), 3, 7, 2, List.of());
        assertEquals("No findings in 3 files (7 statements, 2 unparsed, 1 suppressed).", SummaryLine.of(result));
    }

    @Test
    void underlineUsesDisplayWidthNotUtf16Columns() throws IOException {
        String sql = "SELECT '😀'; DROP TABLE t;\n";
        Finding f = finding(sql, "DROP TABLE t;");
        assertEquals(14, f.startColumn(), "the emoji is two UTF-16 units");
        String out = text(oneFileWith(sql, f));
        assertTrue(out.startsWith("a.sql:1:14: error[example-rule] msg\n"), out);
        // the emoji takes two terminal cells, so 13 blanks put the carets under "DROP"
        assertTrue(out.contains("\n    | " + " ".repeat(13) + "^".repeat(13) + "\n"), out);
    }

    @Test
    void tabsAreKeptInTheUnderlinePrefix() throws IOException {
        String sql = "\tDROP TABLE t;\n";
        String out = text(oneFileWith(sql, finding(sql, "DROP TABLE t;")));
        assertTrue(out.contains("\n    | \t^^^^^^^^^^^^^\n"), out);
    }

    @Test
    void longSpansShowFirstThreeAndLastTwoLines() throws IOException {
        StringBuilder sql = new StringBuilder("CREATE TABLE t (\n");
        for (int i = 1; i <= 10; i++) {
            sql.append("  c").append(i).append(" int,\n");
        }
        sql.append("  z int);\n");
        String text = sql.toString();
        String out = text(oneFileWith(text, finding(text, text.strip())));
        assertTrue(out.contains("\n   3 |   c2 int,\n"), out);
        assertFalse(out.contains("c3 int"), out);
        assertTrue(out.contains("\n     | ...\n  11 |   c10 int,\n"), out);
        assertTrue(out.contains("\n  12 |   z int);\n     |   ^^^^^^^\n"), out);
    }

    @Test
    void exactlyEightLinesAreShownInFull() throws IOException {
        String sql = "A\nB\nC\nD\nE\nF\nG\nH;\n";
        String out = text(oneFileWith(sql, finding(sql, sql.strip())));
        assertFalse(out.contains("..."), out);
        assertTrue(out.contains("  8 | H;\n"), out);
    }

    @Test
    void spanEndingAfterALineBreakDoesNotUnderlineTheNextLine() throws IOException {
        String sql = "DROP TABLE t;\nSELECT 1;\n";
        String out = text(oneFileWith(sql, finding(sql, "DROP TABLE t;\n")));
        assertFalse(out.contains("SELECT"), out);
    }

    @Test
    void colourOnlyWhenAsked() throws IOException {
        String sql = "DROP TABLE t;\n";
        LintResult result = oneFileWith(sql, finding(sql, "DROP TABLE t;"));
        assertFalse(text(result).contains("\u001b["));
        String coloured = ReportGoldenTest.render(Format.TEXT, new ReportOptions(true, false, "0"), result);
        assertTrue(coloured.contains("\u001b[1m\u001b[31merror\u001b[0m[\u001b[1mexample-rule\u001b[0m]"), coloured);
    }

    @Test
    void inputProblemsAreLeftToTheCli() throws IOException {
        assertFalse(text(SampleResults.sample()).contains("V3__broken"));
    }

    @Test
    void findingWithoutSourceTextStillPrintsHeadlineAndHelp() throws IOException {
        String sql = "DROP TABLE t;\n";
        Finding f = finding(sql, "DROP TABLE t;");
        RuleInfo rule = new RuleInfo("example-rule", Level.ERROR, "x", Set.of());
        LintResult result = new LintResult(List.of(f), List.of(rule), Map.<String, SourceFile>of(), List.of(), 1, 1,
                0, List.of());
        assertEquals("""
                a.sql:1:1: error[example-rule] msg
                  help: Why.
                        How.

                Found 1 error in 1 file (1 statement).
                """, text(result));
    }
}
