package dev.miglint.cli;

import dev.miglint.model.Dialect;
import dev.miglint.report.JsonOutput;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RuleRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miglint rules}: every rule with its default level, dialects and summary, from the rules' metadata. */
public final class RulesCommand implements Callable<Integer> {
    private final Arguments arguments = new Arguments();
    private final Arg<String> format = arguments.optionWithDefault(String.class, "text", "FORMAT", "text or json (default: text).",
            "--format");

    private final Main.Environment env;

    RulesCommand(Main.Environment env) {
        this.env = env;
    }

    CommandSpec spec() {
        return arguments.command(this, "rules",
                "List every rule: id, default level, dialects and summary. 'miglint explain RULE' shows one in full.");
    }

    @Override
    public Integer call() {
        List<RuleInfo> rules = RuleRegistry.load().all().stream().map(Rule::info).toList();
        StringBuilder out = new StringBuilder();
        switch (format.value().strip().toLowerCase(java.util.Locale.ROOT)) {
            case "text" -> text(rules, out);
            case "json" -> json(rules, out);
            default -> {
                env.stderr().println("miglint: --format: unknown format '" + format.value() + "' (expected text or json)");
                return ExitCodes.USAGE_OR_INPUT;
            }
        }
        env.stdout().print(out);
        env.stdout().flush();
        return ExitCodes.CLEAN;
    }

    static String dialects(RuleInfo rule) {
        return rule.dialects().stream().sorted().map(Dialect::id).collect(Collectors.joining(","));
    }

    private static void text(List<RuleInfo> rules, StringBuilder out) {
        int idWidth = Math.max("RULE".length(), rules.stream().mapToInt(r -> r.id().length()).max().orElse(0));
        int dialectWidth = Math.max("DIALECTS".length(), rules.stream().mapToInt(r -> dialects(r).length()).max().orElse(0));
        String row = "%-" + idWidth + "s  %-7s  %-" + dialectWidth + "s  %s%n";
        out.append(String.format(row, "RULE", "LEVEL", "DIALECTS", "SUMMARY").stripTrailing()).append('\n');
        for (RuleInfo r : rules) {
            out.append(String.format(row, r.id(), r.level().id(), dialects(r), r.summary()).replace(System.lineSeparator(), "\n"));
        }
        out.append(rules.size()).append(rules.size() == 1 ? " rule" : " rules")
                .append(". 'miglint explain RULE' shows a rule's page.\n");
    }

    private static void json(List<RuleInfo> rules, StringBuilder out) {
        try {
            JsonOutput.write(out, g -> {
                g.writeStartArray();
                for (RuleInfo r : rules) {
                    g.writeStartObject();
                    g.writeStringField("id", r.id());
                    g.writeStringField("level", r.level().id());
                    g.writeArrayFieldStart("dialects");
                    for (Dialect d : r.dialects().stream().sorted().toList()) {
                        g.writeString(d.id());
                    }
                    g.writeEndArray();
                    g.writeStringField("summary", r.summary());
                    g.writeStringField("page", "rules/" + r.id() + ".md");
                    g.writeEndObject();
                }
                g.writeEndArray();
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
