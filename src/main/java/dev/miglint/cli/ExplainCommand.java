package dev.miglint.cli;

import dev.miglint.report.Untrusted;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RulePages;
import dev.miglint.text.Suggestions;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** {@code miglint explain RULE}: the rule's documentation page (the same Markdown as rules/RULE.md). */
public final class ExplainCommand implements Callable<Integer> {
    private final Arguments arguments = new Arguments();
    private final Arg<String> ruleId = arguments.positional(String.class, "RULE",
            "A rule id, as 'miglint rules' lists them, or an id a report shows (dry-run-*, invalid-suppression).");

    private final Main.Environment env;

    ExplainCommand(Main.Environment env) {
        this.env = env;
    }

    CommandSpec spec() {
        return arguments.command(this, "explain",
                "Print a rule's documentation: what it finds, why it matters, and the safe way.");
    }

    @Override
    public Integer call() {
        String id = ruleId.value();
        Optional<RuleInfo> rule = ReportedRules.find(id);
        if (rule.isEmpty()) {
            env.stderr().println("miglint: unknown rule id '" + Untrusted.outputLine(id) + "'"
                    + Suggestions.didYouMean(id, ReportedRules.ids()) + " (run 'miglint rules' to list them)");
            return ExitCodes.USAGE_OR_INPUT;
        }
        RuleInfo info = rule.get();
        String page = RulePages.readablePage(info.id()).orElse("# " + info.id() + "\n\n" + info.summary() + "\n");
        StringBuilder out = new StringBuilder(page.stripTrailing()).append("\n\n");
        out.append("Default level: ").append(info.level().id()).append(". Dialects: ")
                .append(RulesCommand.dialects(info).replace(",", ", ")).append(".\n");
        env.stdout().print(out);
        env.stdout().flush();
        return ExitCodes.CLEAN;
    }
}
