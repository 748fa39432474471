package dev.miglint.report;

import dev.miglint.testing.GoldenFiles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.miglint.lint.LintResult;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Every format's output for the sample result, compared with the golden files byte for byte. */
class ReportGoldenTest {

    static final String VERSION = "0.1.0";

    static String render(Format format, ReportOptions options, LintResult result) throws IOException {
        StringBuilder out = new StringBuilder();
        Reporters.create(format, options).write(result, out);
        return out.toString();
    }

    static String render(Format format, LintResult result) throws IOException {
        return render(format, ReportOptions.plain(VERSION), result);
    }

    @Test
    void text() throws IOException {
        GoldenFiles.assertMatches("report-sample.txt", render(Format.TEXT, SampleResults.sample()));
    }

    @Test
    void textInColour() throws IOException {
        GoldenFiles.assertMatches("report-sample.color.txt",
                render(Format.TEXT, new ReportOptions(true, false, VERSION), SampleResults.sample()));
    }

    @Test
    void textQuiet() throws IOException {
        GoldenFiles.assertMatches("report-sample.quiet.txt",
                render(Format.TEXT, new ReportOptions(false, true, VERSION), SampleResults.sample()));
    }

    @Test
    void json() throws IOException {
        GoldenFiles.assertMatches("report-sample.json", render(Format.JSON, SampleResults.sample()));
    }

    @Test
    void sarif() throws IOException {
        String sarif = render(Format.SARIF, SampleResults.sample());
        SarifSchemaValidator.assertValid(sarif);
        GoldenFiles.assertMatches("report-sample.sarif", sarif);
    }

    @Test
    void github() throws IOException {
        GoldenFiles.assertMatches("report-sample.github.txt", render(Format.GITHUB, SampleResults.sample()));
    }

    @Test
    void markdown() throws IOException {
        GoldenFiles.assertMatches("report-sample.md", render(Format.MARKDOWN, SampleResults.sample()));
    }

    @Test
    void markdownOfACleanRun() throws IOException {
        GoldenFiles.assertMatches("report-clean.md", render(Format.MARKDOWN, SampleResults.clean()));
    }

    @Test
    void gitlab() throws IOException {
        GoldenFiles.assertMatches("report-sample.gitlab.json", render(Format.GITLAB, SampleResults.sample()));
    }

    @Test
    void everyFormatIsDeterministic() throws IOException {
        for (Format format : Format.values()) {
            for (boolean color : new boolean[] {false, true}) {
                ReportOptions options = new ReportOptions(color, false, VERSION);
                assertEquals(render(format, options, SampleResults.sample()),
                        render(format, options, SampleResults.sample()), format + " output varies between runs");
            }
        }
    }
}
