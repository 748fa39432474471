package dev.miglint.testing;

import dev.miglint.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Runs the CLI in-process and captures what it prints. */
public record CliRun(int exitCode, String stdout, String stderr) {

    public static CliRun run(Path workingDirectory, String... args) {
        return run(workingDirectory, "", Map.of(), args);
    }

    public static CliRun run(Path workingDirectory, String stdin, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Main.run(new Main.Environment(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                outStream, errStream, env, workingDirectory.toAbsolutePath(), false), args);
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
