package dev.miglint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Lints a rule page's example as a one-file history, with the page's options, and returns the JSON report. */
final class ExampleLint {
    private ExampleLint() {
    }

    static JsonFindings lint(Path temp, RulePage.Example example) throws IOException {
        Path dir = Files.createTempDirectory(temp, "example");
        Path sql = dir.resolve("example.sql");
        Files.writeString(sql, example.sql());
        List<String> args = new ArrayList<>(List.of("lint", "--format", "json", "--fail-on", "never"));
        args.addAll(example.options());
        args.add("example.sql");
        CliRun run = CliRun.run(dir, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), "lint failed: " + run.stderr());
        return JsonFindings.parse(run.stdout());
    }
}
