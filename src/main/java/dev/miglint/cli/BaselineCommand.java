package dev.miglint.cli;

import dev.miglint.baseline.Baseline;
import dev.miglint.lint.LintRun;
import dev.miglint.report.Untrusted;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miglint baseline}: records today's findings so that {@code lint --baseline} reports only new ones. */
public final class BaselineCommand implements Callable<Integer> {

    static final String DEFAULT_FILE = "miglint-baseline.json";

    private final Arguments arguments = new Arguments();
    private final LintInputs inputs = new LintInputs(arguments);
    private final Arg<Path> output = arguments.optionWithDefault(Path.class, Path.of(DEFAULT_FILE), "FILE",
            "Where to write the baseline (default: " + DEFAULT_FILE + ").", "-o", "--output");

    private final Main.Environment env;

    BaselineCommand(Main.Environment env) {
        this.env = env;
    }

    CommandSpec spec() {
        return arguments.command(this, "baseline",
                "Record the current findings in a baseline file; 'miglint lint --baseline FILE' then hides them.");
    }

    @Override
    public Integer call() {
        try {
            LintRun.Outcome analysis;
            try (ProgressLine progress = ProgressLine.forEnvironment(env, false)) {
                analysis = inputs.analyze(env, progress);
            }
            Baseline baseline = Baseline.of(analysis.result());
            Path given = output.value();
            Path target = env.workingDirectory().resolve(given);
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                baseline.write(w);
            } catch (IOException e) {
                throw new UsageException("cannot write the baseline to " + given + " (" + e.getMessage() + ")");
            }
            int n = baseline.entries().size();
            env.stdout().println("Recorded " + n + (n == 1 ? " finding" : " findings") + " in " + given
                    + "; 'miglint lint --baseline " + given + "' hides them.");
            analysis.problems().stream().sorted().distinct().forEach(p -> env.stderr().println(Untrusted.outputLine(p.line())));
            return analysis.problems().isEmpty() ? ExitCodes.CLEAN : ExitCodes.USAGE_OR_INPUT;
        } catch (UsageException e) {
            env.stderr().println("miglint: " + Untrusted.outputLine(e.getMessage()));
            return ExitCodes.USAGE_OR_INPUT;
        }
    }
}
