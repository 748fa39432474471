package dev.miglint.cli;

import dev.miglint.report.Untrusted;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RulePages;
import dev.miglint.text.Suggestions;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code miglint explain RULE}: the rule's documentation page (the same Markdown as rules/RULE.md). */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Print a rule's documentation: what it finds, why it matters, and the safe way.")
public final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE", description = "A rule id, as 'miglint rules' lists them, or an id a report shows "
            + "(dry-run-*, invalid-suppression).")
    String ruleId;

    private final Main.Environment env;

    ExplainCommand(Main.Environment env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Optional<RuleInfo> rule = ReportedRules.find(ruleId);
        if (rule.isEmpty()) {
            env.stderr().println("miglint: unknown rule id '" + Untrusted.outputLine(ruleId) + "'"
                    + Suggestions.didYouMean(ruleId, ReportedRules.ids()) + " (run 'miglint rules' to list them)");
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
