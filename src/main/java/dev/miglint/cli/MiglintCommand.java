package dev.miglint.cli;

import dev.miglint.report.Untrusted;
import dev.miglint.text.Suggestions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The top-level command; the work is done by its subcommands. */
final class MiglintCommand implements Runnable {
    /** Subcommands by name, each built only when a run needs it: a run builds the one it was asked for. */
    private static final Map<String, Function<Main.Environment, CommandSpec>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("lint", env -> new LintCommand(env).spec());
        SUBCOMMANDS.put("dry-run", env -> new DryRunCommand(env).spec());
        SUBCOMMANDS.put("baseline", env -> new BaselineCommand(env).spec());
        SUBCOMMANDS.put("comment", env -> new CommentCommand(env).spec());
        SUBCOMMANDS.put("rules", env -> new RulesCommand(env).spec());
        SUBCOMMANDS.put("explain", env -> new ExplainCommand(env).spec());
        SUBCOMMANDS.put("help", env -> CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand()));
    }

    private final CommandSpec spec = new Arguments().command(this, "miglint",
            "Static safety linter for database migrations.");

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try: miglint lint PATH)");
    }

    /**
     * picocli registers converters for java.time and java.sql types by reflection whenever it builds a command
     * (about 70 classes loaded and inspected); no miglint option has such a type.
     */
    private static final String UNUSED_CONVERTERS = "java\\.(time|sql)\\..*";

    static int execute(Main.Environment env, String... args) {
        if (System.getProperty("picocli.converters.excludes") == null) {
            System.setProperty("picocli.converters.excludes", UNUSED_CONVERTERS);
        }
        CommandLine cli = new CommandLine(new MiglintCommand().spec);
        Function<Main.Environment, CommandSpec> only =
                args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        if (only != null) {
            cli.addSubcommand(args[0], new CommandLine(only.apply(env)));
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, new CommandLine(command.apply(env))));
        }
        cli.setOut(new PrintWriter(env.stdout(), true));
        cli.setErr(new PrintWriter(env.stderr(), true));
        cli.setUsageHelpAutoWidth(env.interactive()); // fixed width when piped, so help reads the same everywhere
        cli.setParameterExceptionHandler((ex, a) -> {
            if (only == null && ex.getCommandLine() == cli && args.length > 0 && !args[0].startsWith("-")
                    && ex instanceof CommandLine.UnmatchedArgumentException) {
                ex.getCommandLine().getErr().println("miglint: unknown command '" + Untrusted.outputLine(args[0]) + "'"
                        + Suggestions.didYouMean(args[0], SUBCOMMANDS.keySet()) + "; the commands are "
                        + String.join(", ", SUBCOMMANDS.keySet()));
                return ExitCodes.USAGE_OR_INPUT;
            }
            ex.getCommandLine().getErr().println("miglint: " + Untrusted.outputLine(ex.getMessage()));
            ex.getCommandLine().getErr().println("Run 'miglint " + subcommandName(ex.getCommandLine()) + "--help' for usage.");
            return ExitCodes.USAGE_OR_INPUT;
        });
        cli.setExecutionExceptionHandler((ex, c, parseResult) -> {
            c.getErr().println("miglint: internal error: " + Untrusted.outputLine(String.valueOf(ex)) + " (please report it)");
            return ExitCodes.USAGE_OR_INPUT;
        });
        return cli.execute(args);
    }

    private static String subcommandName(CommandLine cl) {
        return cl.getParent() == null ? "" : cl.getCommandName() + " ";
    }
}
