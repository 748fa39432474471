package dev.miglint.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.miglint.source.SourceReader;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.Shell;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not ordinary files, or too big for the heap: one line each and exit 2, never a hang, a stack
 * trace or exit 1, and the other files are still linted (issue 11). Timeouts are hang guards.
 */
class InputLimitsTest {
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private CliRun lint(String... args) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.run(dir, args));
    }

    @Test
    void devicesAndPipesAreRefusedWithOneLineAndNeverReadOrWaitedFor() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path fifo = dir.resolve("late.sql");
        Shell.Result made = Shell.run(dir, Map.of(), List.of("mkfifo", fifo.toString()));
        assumeTrue(made.exitCode() == 0, made.output());
        Files.writeString(dir.resolve("ok.sql"), "DROP TABLE users;\n");
        // nobody ever writes to the FIFO: opening it for reading would block forever
        CliRun run = lint("lint", "--fail-on", "never", "/dev/zero", "late.sql", "ok.sql");
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals(List.of(
                "/dev/zero: not a regular file (a pipe, socket or device); skipped. Pass such input on stdin: "
                        + "miglint lint --stdin-filename NAME.sql - < input",
                "late.sql: not a regular file (a pipe, socket or device); skipped. Pass such input on stdin: "
                        + "miglint lint --stdin-filename NAME.sql - < input"), run.stderr().lines().sorted().toList());
        assertTrue(run.stdout().contains("ok.sql:1:1"), run.stdout());
    }

    @Test
    void stdinIsReadOnlyUpToTheSizeLimit() {
        String huge = "-".repeat((int) SourceReader.MAX_BYTES + 1);
        CliRun run = assertTimeoutPreemptively(HANG_GUARD, () -> CliRun.run(dir, huge, Map.of(), "lint", "-"));
        assertEquals(2, run.exitCode(), run.stderr());
        assertEquals("<stdin>: input is too large (over " + SourceReader.MAX_BYTES + " bytes); skipped\n", run.stderr());
    }

    /** 31 MB used to fail with OutOfMemoryError at -Xmx512m, the default heap of a 2 GiB container. */
    @Test
    void aFileOverTheLimitIsRefusedAtTheDefaultHeapOfASmallContainer() throws Exception {
        String line = "INSERT INTO t (a, b) VALUES (1, 'x');\n";
        Files.writeString(dir.resolve("big.sql"), line.repeat(31 * 1024 * 1024 / line.length()));
        Files.writeString(dir.resolve("ok.sql"), "DROP TABLE users;\n");
        Shell.Result run = java("-Xmx512m", "big.sql", "ok.sql");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("big.sql: file is too large ("), run.output());
        assertTrue(run.output().contains("ok.sql:1:1"), run.output());
        assertFalse(run.output().contains("\tat "), run.output());
    }

    @Test
    void runningOutOfMemoryIsOneLineAndExitTwoAndTheOtherFilesAreStillLinted() throws Exception {
        StringBuilder rows = new StringBuilder("INSERT INTO t (a, b) VALUES\n");
        for (int i = 0; i < 400_000; i++) {
            rows.append(i == 0 ? "" : ",\n").append('(').append(i).append(", 'v").append(i).append("')");
        }
        Files.writeString(dir.resolve("big.sql"), rows.append(";\n").toString());
        Files.writeString(dir.resolve("ok.sql"), "DROP TABLE users;\n");
        Shell.Result run = java("-Xmx40m", "big.sql", "ok.sql");
        assertEquals(2, run.exitCode(), run.output());
        assertTrue(run.output().contains("out of memory while linting; skipped"), run.output());
        assertFalse(run.output().contains("\tat ") || run.output().contains("Exception in thread"), run.output());
    }

    private Shell.Result java(String heap, String... files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                heap, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "lint",
                "--quiet", "--fail-on", "never"));
        command.addAll(List.of(files));
        return Shell.run(dir, Map.of(), command);
    }
}
