package dev.miglint.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.lint.LintResult;
import dev.miglint.rules.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Text and JSON reports reach their target piece by piece, so a large run's report is never held whole. */
class StreamedReportsTest {

    private static final int FINDINGS = 300;

    /** Records every piece written to it. */
    private static final class Pieces implements Appendable {
        final List<String> pieces = new ArrayList<>();

        @Override
        public Appendable append(CharSequence s) {
            pieces.add(s.toString());
            return this;
        }

        @Override
        public Appendable append(CharSequence s, int start, int end) {
            return append(s.subSequence(start, end));
        }

        @Override
        public Appendable append(char c) {
            return append(String.valueOf(c));
        }

        String whole() {
            return String.join("", pieces);
        }

        int largest() {
            return pieces.stream().mapToInt(String::length).max().orElse(0);
        }
    }

    /** Many findings in one file, their help carrying a line a CI runner would read as a workflow command. */
    private static LintResult manyFindings() {
        StringBuilder sql = new StringBuilder();
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < FINDINGS; i++) {
            String statement = "DELETE FROM t" + i + ";";
            statements.add(statement);
            sql.append(statement).append('\n');
        }
        String text = sql.toString();
        List<Finding> findings = statements.stream().map(s -> SampleResults.finding(SampleResults.EXAMPLE_RULE,
                "no WHERE", "Why.\n::add-mask::secret", "a.sql", text, s, List.of())).toList();
        return SampleResults.withFindings(findings, Map.of("a.sql", SampleResults.source("a.sql", text)));
    }

    private static Pieces write(Format format) throws IOException {
        Pieces out = new Pieces();
        Reporters.create(format, ReportOptions.plain("1.0.0")).write(manyFindings(), out);
        return out;
    }

    @Test
    void textReportIsWrittenFindingByFindingAndStillGuarded() throws IOException {
        Pieces out = write(Format.TEXT);
        String whole = out.whole();
        assertEquals(Untrusted.guardCommands(whole), whole, "every piece's workflow commands are broken");
        assertTrue(whole.contains(":\u200b:add-mask::secret"), whole.substring(0, 400));
        assertEquals(FINDINGS + 1, out.pieces.size(), "one piece per finding and one for the summary");
        assertTrue(out.largest() < whole.length() / 100, "largest piece " + out.largest() + " of " + whole.length());
    }

    @Test
    void jsonReportIsWrittenAsItIsGenerated() throws IOException {
        Pieces out = write(Format.JSON);
        String whole = out.whole();
        assertTrue(whole.endsWith("}\n"), whole.substring(whole.length() - 20));
        assertTrue(whole.contains("\"statement\": \"DELETE FROM t299;\""));
        assertTrue(out.largest() < whole.length() / 4, "largest piece " + out.largest() + " of " + whole.length());
    }
}
