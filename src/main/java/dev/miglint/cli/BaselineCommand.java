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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code miglint baseline}: records today's findings so that {@code lint --baseline} reports only new ones. */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Record the current findings in a baseline file; 'miglint lint --baseline FILE' then hides them.",
        sortOptions = false)
public final class BaselineCommand implements Callable<Integer> {

    static final String DEFAULT_FILE = "miglint-baseline.json";

    @Mixin
    LintInputs inputs = new LintInputs();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the baseline (default: " + DEFAULT_FILE + ").")
    Path output = Path.of(DEFAULT_FILE);

    private final Main.Environment env;

    BaselineCommand(Main.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        try {
            LintRun.Outcome analysis;
            try (ProgressLine progress = ProgressLine.forEnvironment(env, false)) {
                analysis = inputs.analyze(env, progress);
            }
            Baseline baseline = Baseline.of(analysis.result());
            Path target = env.workingDirectory().resolve(output);
            try (Writer w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
                baseline.write(w);
            } catch (IOException e) {
                throw new UsageException("cannot write the baseline to " + output + " (" + e.getMessage() + ")");
            }
            int n = baseline.entries().size();
            env.stdout().println("Recorded " + n + (n == 1 ? " finding" : " findings") + " in " + output
                    + "; 'miglint lint --baseline " + output + "' hides them.");
            analysis.problems().stream().sorted().distinct().forEach(p -> env.stderr().println(Untrusted.outputLine(p.line())));
            return analysis.problems().isEmpty() ? ExitCodes.CLEAN : ExitCodes.USAGE_OR_INPUT;
        } catch (UsageException e) {
            env.stderr().println("miglint: " + Untrusted.outputLine(e.getMessage()));
            return ExitCodes.USAGE_OR_INPUT;
        }
    }
}
