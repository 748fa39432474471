package dev.miglint.cli;

import dev.miglint.dryrun.DryRunCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "miglint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Static safety linter for database migrations.",
        subcommands = {LintCommand.class, DryRunCommand.class, BaselineCommand.class, RulesCommand.class,
                ExplainCommand.class, CommandLine.HelpCommand.class})
public final class MiglintCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: miglint lint PATH)");
    }

    static int execute(Main.Environment env, String... args) {
        CommandLine cli = new CommandLine(new MiglintCommand(), new CommandFactory(env));
        cli.setOut(new PrintWriter(env.stdout(), true));
        cli.setErr(new PrintWriter(env.stderr(), true));
        cli.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("miglint: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'miglint " + subcommandName(ex.getCommandLine()) + "--help' for usage.");
            return ExitCodes.USAGE_OR_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("miglint: internal error: " + ex + " (please report it)");
            return ExitCodes.USAGE_OR_INPUT;
        });
        return cli.execute(args);
    }

    private static String subcommandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }

    /** Hands the environment to commands that need it. */
    private record CommandFactory(Main.Environment env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            // Commands that print or read files take the environment in their constructor.
            try {
                var constructor = cls.getDeclaredConstructor(Main.Environment.class);
                return constructor.newInstance(env);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(cls);
            }
        }
    }
}
