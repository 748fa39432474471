package dev.miglint.cli;

import dev.miglint.report.Untrusted;
import dev.miglint.text.Suggestions;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; the work is done by its subcommands. */
@Command(name = "miglint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Static safety linter for database migrations.")
public final class MiglintCommand implements Runnable {
    /**
     * Subcommands by name. picocli builds the model of every registered command by reflection before parsing,
     * which costs more than linting a small file; a run registers only the subcommand it was asked for.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("lint", LintCommand.class);
        SUBCOMMANDS.put("dry-run", DryRunCommand.class);
        SUBCOMMANDS.put("baseline", BaselineCommand.class);
        SUBCOMMANDS.put("comment", CommentCommand.class);
        SUBCOMMANDS.put("rules", RulesCommand.class);
        SUBCOMMANDS.put("explain", ExplainCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

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
        CommandFactory factory = new CommandFactory(env);
        CommandLine cli = new CommandLine(new MiglintCommand(), factory);
        Class<?> only = args.length > 0 && !args[0].equals("help") ? SUBCOMMANDS.get(args[0]) : null;
        if (only != null) {
            cli.addSubcommand(args[0], new CommandLine(only, factory));
        } else {
            SUBCOMMANDS.forEach((name, type) -> cli.addSubcommand(name, new CommandLine(type, factory)));
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
