package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.miglint.testing.CliRun;
import dev.miglint.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each command's help, and what a bad command line prints, against golden files: the command line is declared in
 * code, and this is what keeps its options, labels, descriptions and order as users read them.
 */
class CommandLineGoldenTest {

    @ParameterizedTest(name = "miglint {1}")
    @CsvSource(delimiter = '|', textBlock = """
            top                | --help
            help               | help
            help-lint          | help lint
            lint               | lint --help
            lint-short         | lint -h
            dry-run            | dry-run --help
            baseline           | baseline --help
            comment            | comment --help
            rules              | rules --help
            explain            | explain --help
            lint-version       | lint --version
            no-command         | ''
            unknown-command    | lintt x.sql
            lint-no-path       | lint
            lint-unknown-opt   | lint --bogus x.sql
            lint-missing-value | lint x.sql --format
            lint-bad-number    | lint --pg-version x x.sql
            dry-run-bad-number | dry-run --long-lock-ms soon x.sql
            baseline-no-path   | baseline -o b.json
            comment-bad-pr     | comment --pr abc x.sql
            explain-no-rule    | explain
            """)
    void commandLine(String name, String commandLine, @TempDir Path workingDirectory) throws IOException {
        String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");
        CliRun run = CliRun.run(workingDirectory, "", Map.of(), args);
        GoldenFiles.assertMatches("cli/" + name + ".txt",
                "exit " + run.exitCode() + "\n--- stdout\n" + run.stdout() + "--- stderr\n" + run.stderr());
    }
}
