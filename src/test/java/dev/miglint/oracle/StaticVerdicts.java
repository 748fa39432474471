package dev.miglint.oracle;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.rules.Concern;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs miglint in-process on a scenario's files; a statement is flagged by an error or warning on its line from a rule
 * about deploy safety. Security rules (privileges, host access) judge what no engine observation shows, so the
 * differential harness leaves them out (docs/evaluation.md, "Judge corrections", session 7).
 */
public final class StaticVerdicts {
    private static final RuleRegistry RULES = RuleRegistry.load();

    /** The rule ids that flagged each step (empty: not flagged). */
    public static List<String> flagged(Scenario scenario, Path dir) throws IOException {
        Files.createDirectories(dir.resolve("migrations"));
        List<String> base = scenario.dialect() == Scenario.Dialect.POSTGRES
                ? ScenarioGenerator.POSTGRES_BASE : ScenarioGenerator.SQLITE_BASE;
        Files.writeString(dir.resolve("migrations/001_base.sql"),
                base.stream().map(s -> s + ";\n").collect(Collectors.joining()));
        Files.writeString(dir.resolve("migrations/002_step.sql"), scenario.migrationFile());
        List<String> args = new ArrayList<>(List.of("lint", "--format", "json", "--fail-on", "never", "--dialect",
                scenario.dialect() == Scenario.Dialect.POSTGRES ? "postgres" : "sqlite", "--start-after",
                "migrations/001_base.sql"));
        if (scenario.wrapping() == Scenario.Wrapping.FRAMEWORK_TRANSACTION) {
            args.add("--assume-in-transaction");
        }
        args.add("migrations");
        CliRun run = CliRun.run(dir, args.toArray(String[]::new));
        if (run.exitCode() != 0) {
            throw new IllegalStateException("miglint exit " + run.exitCode() + ": " + run.stderr());
        }
        List<String> flagged = new ArrayList<>();
        List<JsonNode> findings = JsonFindings.parse(run.stdout()).visible();
        for (int i = 0; i < scenario.steps().size(); i++) {
            int line = scenario.lineOf(i);
            flagged.add(findings.stream()
                    .filter(f -> f.path("path").asText().endsWith("002_step.sql"))
                    .filter(f -> f.path("startLine").asInt() == line)
                    .filter(f -> f.path("level").asText().equals("error") || f.path("level").asText().equals("warning"))
                    .filter(StaticVerdicts::aboutDeploySafety)
                    .map(f -> f.path("ruleId").asText()).distinct().collect(Collectors.joining(",")));
        }
        return flagged;
    }

    private static boolean aboutDeploySafety(JsonNode finding) {
        return RULES.find(finding.path("ruleId").asText())
                .map(rule -> rule.info().concern() == Concern.DEPLOY_SAFETY).orElse(true);
    }
}
