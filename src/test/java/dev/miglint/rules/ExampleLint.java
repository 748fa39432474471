package dev.miglint.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Lints a rule page's example as a one-file history, with the page's options, and returns the JSON report. A line
 * {@code -- next migration} splits the example into two migration files: what comes before it is the schema an
 * earlier migration left (its tables are existing ones), what follows is the migration the example is about. An
 * example with a file name is linted as the one file of a {@code migrations} folder, so the framework that file name
 * belongs to reads it.
 */
final class ExampleLint {
    static final String NEXT_MIGRATION = "-- next migration\n";

    private ExampleLint() {
    }

    static JsonFindings lint(Path temp, RulePage.Example example) throws IOException {
        Path dir = Files.createTempDirectory(temp, "example");
        String text = example.sql();
        int split = text.indexOf(NEXT_MIGRATION);
        List<String> args = new ArrayList<>(List.of("lint", "--format", "json", "--fail-on", "never"));
        args.addAll(example.options());
        if (split >= 0) {
            Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(dir.resolve("migrations/001_before.sql"), text.substring(0, split));
            Files.writeString(dir.resolve("migrations/002_example.sql"),
                    "\n".repeat((int) text.substring(0, split).lines().count()) + text.substring(split));
            args.add("migrations");
        } else if (example.fileName() != null) {
            Files.createDirectories(dir.resolve("migrations"));
            Files.writeString(dir.resolve("migrations").resolve(example.fileName()), text);
            args.add("migrations");
        } else {
            Files.writeString(dir.resolve("example.sql"), text);
            args.add("example.sql");
        }
        CliRun run = CliRun.run(dir, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), "lint failed: " + run.stderr());
        return JsonFindings.parse(run.stdout());
    }
}
