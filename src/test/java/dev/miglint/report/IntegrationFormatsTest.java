package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The github, markdown and gitlab formats beyond the golden files: escaping, folding, fingerprints. */
class IntegrationFormatsTest {

    @Test
    void githubEscapesDataAndPropertiesPerTheRunnerRules() {
        assertEquals("100%25 done%0D%0Anext: a, b", GithubReporter.data("100% done\r\nnext: a, b"));
        assertEquals("a%3Ab%2Cc%25d%0A", GithubReporter.property("a:b,c%d\n"));
        assertEquals("notice", GithubReporter.command(Level.NOTE));
    }

    @Test
    void githubPutsOneCommandPerFindingWithEscapedPathAndMessage() throws IOException {
        String text = "SELECT 1;\nDROP TABLE t;\n";
        Finding f = SampleResults.finding(SampleResults.EXAMPLE_RULE, "50% of rows: gone,\nreally", "",
                "db/a,b:c.sql", text, "DROP TABLE t;", List.of());
        String out = ReportGoldenTest.render(Format.GITHUB,
                SampleResults.withFindings(List.of(f), Map.of("db/a,b:c.sql", SampleResults.source("db/a,b:c.sql", text))));
        assertTrue(out.startsWith("::error file=db/a%2Cb%3Ac.sql,line=2,col=1,endLine=2,endColumn=14,"
                + "title=example-rule::50%25 of rows: gone,%0Areally\n"), out);
        assertEquals(2, out.lines().count(), out);
    }

    @Test
    void markdownFoldsLongStatementsAndHelpAndFencesRecipes() throws IOException {
        StringBuilder sql = new StringBuilder("INSERT INTO t VALUES\n");
        for (int i = 0; i < 20; i++) {
            sql.append("  (").append(i).append("),\n");
        }
        sql.append("  (```);");
        String text = sql.toString();
        String help = "Why: it is slow.\nDo this instead:\n    CREATE INDEX CONCURRENTLY i ON t (a);\n    -- then\n"
                + "Line 5\nLine 6\nLine 7\nLine 8\n<b>9</b>";
        Finding f = SampleResults.finding(SampleResults.EXAMPLE_RULE, "Bad <thing> | *here*", help, "a.sql", text,
                text, List.of());
        String out = ReportGoldenTest.render(Format.MARKDOWN,
                SampleResults.withFindings(List.of(f), Map.of("a.sql", SampleResults.source("a.sql", text))));
        assertTrue(out.contains("### error: Bad \\<thing\\> \\| \\*here\\*\n"), out);
        assertTrue(out.contains("<details><summary>Statement (22 lines)</summary>\n\n````sql\nINSERT INTO t VALUES\n"), out);
        assertTrue(out.contains("<details><summary>Why, and how to do it safely</summary>"), out);
        assertTrue(out.contains("Do this instead:\n\n```sql\nCREATE INDEX CONCURRENTLY i ON t (a);\n-- then\n```\n\nLine 5"), out);
        assertTrue(out.contains("\\<b\\>9\\</b\\>"), out);
        assertTrue(out.endsWith("</details>\n"), out);
        assertFalse(out.contains("\n\n\n"), out);
    }

    @Test
    void gitlabIssuesAreValidAndHaveUniqueFingerprints() throws IOException {
        String text = "DROP TABLE t;\n";
        Finding a = SampleResults.finding(SampleResults.EXAMPLE_RULE, "one", "", "a.sql", text, "DROP TABLE t;", List.of());
        Finding b = SampleResults.finding(SampleResults.EXAMPLE_RULE, "two", "", "a.sql", text, "DROP TABLE t;", List.of());
        Finding c = SampleResults.finding(SampleResults.EXAMPLE_ADVICE, "three", "", "a.sql", text, "DROP TABLE t;", List.of());
        LintResult result = SampleResults.withFindings(List.of(a, b, c), Map.of("a.sql", SampleResults.source("a.sql", text)));
        JsonNode issues = new ObjectMapper().readTree(ReportGoldenTest.render(Format.GITLAB, result));
        assertEquals(3, issues.size());
        Set<String> fingerprints = new HashSet<>();
        for (JsonNode issue : issues) {
            for (String field : List.of("description", "check_name", "fingerprint", "severity")) {
                assertTrue(issue.path(field).isTextual(), field + " in " + issue);
            }
            assertEquals("a.sql", issue.path("location").path("path").asText());
            assertEquals(1, issue.path("location").path("lines").path("begin").asInt());
            fingerprints.add(issue.path("fingerprint").asText());
        }
        assertEquals(3, fingerprints.size());
        assertEquals("critical", issues.get(0).path("severity").asText());
        assertEquals("minor", issues.get(2).path("severity").asText());
        assertEquals("[]\n", ReportGoldenTest.render(Format.GITLAB, SampleResults.clean()));
    }
}
