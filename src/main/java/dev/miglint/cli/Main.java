package dev.miglint.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/** Entry point: the only place that calls System.exit. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Environment env = new Environment(System.in, System.out, System.err, System.getenv(),
                Path.of("").toAbsolutePath(), System.console() != null);
        System.exit(run(env, args));
    }

    /** Runs miglint and returns its exit code: 0 clean, 1 findings at or above --fail-on, 2 usage or input error. */
    public static int run(Environment env, String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // Answered before picocli builds its command model (about 170 classes and their reflection): a version
            // check is what a wrapper script or package manager runs first, and it should cost a bare JVM start.
            env.stdout().println(Version.line());
            return ExitCodes.CLEAN;
        }
        try {
            return MiglintCommand.execute(env, args);
        } catch (OutOfMemoryError e) {
            env.stderr().println("miglint: " + dev.miglint.lint.MemoryLimit.MESSAGE);
            return ExitCodes.USAGE_OR_INPUT;
        }
    }

    /** The process environment, injectable so tests run the CLI in-process. */
    public record Environment(InputStream stdin, PrintStream stdout, PrintStream stderr, Map<String, String> variables,
            Path workingDirectory, boolean interactive) {
    }
}
