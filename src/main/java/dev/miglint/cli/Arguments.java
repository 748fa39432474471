package dev.miglint.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The options and parameters of one command, declared in code in the order its help lists them, and the picocli
 * model made from them. Declared through picocli's annotations, the model cost about 40 ms at every start: picocli
 * reads them by reflection, and the JVM generates a proxy class for each annotation type, which no start-up cache
 * can hold. Built in code it costs a few milliseconds.
 */
final class Arguments {
    private final List<ArgSpec> declared = new ArrayList<>();

    /** An option that takes one value; null when not given. */
    <T> Arg<T> option(Class<T> type, String label, String description, String... names) {
        return add(OptionSpec.builder(names).type(type).paramLabel(label).description(description).build());
    }

    /** An option that takes one value, with the value it has when not given. */
    <T> Arg<T> optionWithDefault(Class<T> type, T initial, String label, String description, String... names) {
        return add(OptionSpec.builder(names).type(type).initialValue(initial).paramLabel(label).description(description)
                .build());
    }

    /** An option without a value: true when given. */
    Arg<Boolean> flag(String description, String... names) {
        return add(OptionSpec.builder(names).type(boolean.class).initialValue(false).description(description).build());
    }

    /** An option given once or more, each time with one value or several separated by commas. */
    <T> Arg<List<T>> commaSeparated(Class<T> element, String label, String description, String... names) {
        return add(OptionSpec.builder(names).type(List.class).auxiliaryTypes(element).arity("1").splitRegex(",")
                .initialValue(new ArrayList<T>()).paramLabel(label).description(description).build());
    }

    /** One or more positional parameters. */
    <T> Arg<List<T>> positionals(Class<T> element, String label, String description) {
        return add(PositionalParamSpec.builder().type(List.class).auxiliaryTypes(element).arity("1..*").required(true)
                .initialValue(new ArrayList<T>()).paramLabel(label).description(description).build());
    }

    /** Exactly one positional parameter. */
    <T> Arg<T> positional(Class<T> type, String label, String description) {
        return add(PositionalParamSpec.builder().type(type).required(true).paramLabel(label).description(description).build());
    }

    /**
     * The command's picocli model: the declared options and parameters, then {@code -h}/{@code --help} and
     * {@code -V}/{@code --version}; picocli calls {@code command} when the line parses and asks for neither.
     */
    CommandSpec command(Callable<Integer> command, String name, String... description) {
        return model(CommandSpec.wrapWithoutInspection(command), name, description);
    }

    /** The same for a command without a result of its own (the top-level one). */
    CommandSpec command(Runnable command, String name, String... description) {
        return model(CommandSpec.wrapWithoutInspection(command), name, description);
    }

    private CommandSpec model(CommandSpec spec, String name, String... description) {
        spec.name(name).version(Version.line());
        spec.usageMessage().description(description).sortOptions(false);
        declared.forEach(arg -> {
            if (arg instanceof OptionSpec option) {
                spec.addOption(option);
            } else {
                spec.addPositional((PositionalParamSpec) arg);
            }
        });
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.")
                .build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    private <T> Arg<T> add(ArgSpec spec) {
        declared.add(spec);
        return new Arg<>(spec);
    }
}
