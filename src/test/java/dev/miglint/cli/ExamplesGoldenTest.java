package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.miglint.report.SarifSchemaValidator;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.GoldenFiles;
import dev.miglint.testing.Paths;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** End to end: the bundled example history through the real CLI, in every format, against golden files. */
class ExamplesGoldenTest {
    private static final String HISTORY = "examples/shop-postgres";

    private static CliRun lint(String format) {
        return CliRun.run(Paths.repoRoot(), "lint", "--format", format, HISTORY);
    }

    @Test
    void text() throws IOException {
        CliRun run = lint("text");
        assertEquals(1, run.exitCode(), run.stderr());
        GoldenFiles.assertMatches("examples-shop.txt", run.stdout());
    }

    @Test
    void json() throws IOException {
        GoldenFiles.assertMatches("examples-shop.json", lint("json").stdout());
    }

    @Test
    void sarif() throws IOException {
        String sarif = lint("sarif").stdout();
        SarifSchemaValidator.assertValid(sarif);
        GoldenFiles.assertMatches("examples-shop.sarif", sarif);
    }

    @Test
    void safeHistoryHasNoErrorsOrWarnings() {
        CliRun run = CliRun.run(Paths.repoRoot(), "lint", "--fail-on", "warning", "examples/safe-postgres");
        assertEquals(0, run.exitCode(), run.stdout());
    }
}
