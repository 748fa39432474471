package dev.miglint.oracle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.miglint.dryrun.EmbeddedServer;
import dev.miglint.oracle.Scenario.Dialect;
import dev.miglint.testing.CliRun;
import dev.miglint.testing.JsonFindings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dry run against the oracle: on a sample of generated PostgreSQL scenarios, a statement the embedded dry
 * run reports (an error or warning dry-run finding on its line, or a static finding the dry run confirmed by what
 * it observed) must be one the engine judges a hazard, and the other way round. Each dry run starts its own server, so the sample is small; {@code -Doracle.dryrun=N}.
 */
class DryRunAgreementTest {
    private static final int SAMPLE = Integer.getInteger("oracle.dryrun", 10);

    @TempDir
    Path temp;

    @Test
    void dryRunAgreesWithTheEngineOnASample() throws Exception {
        Agreement agreement = new Agreement();
        try (EmbeddedServer server = EmbeddedServer.start()) {
            PostgresOracle oracle = new PostgresOracle(server);
            for (int n = 0; n < SAMPLE; n++) {
                Scenario scenario = ScenarioGenerator.generate(Dialect.POSTGRES, 777_000L + n);
                agreement.add(scenario, oracle.judge(scenario), dryRun(scenario, temp.resolve("s" + n)));
            }
        }
        String report = agreement.report("postgres dry run");
        System.out.print(report);
        Files.writeString(Path.of("target/oracle-dry-run.txt"), report);
        Properties p = new Properties();
        try (var in = Files.newInputStream(Path.of("test-fixtures/oracle/baseline.properties"))) {
            p.load(in);
        }
        assertTrue(agreement.rate() >= Double.parseDouble(p.getProperty("dryrun.agreement")), report);
    }

    private static List<String> dryRun(Scenario scenario, Path dir) throws Exception {
        Files.createDirectories(dir.resolve("migrations"));
        Files.writeString(dir.resolve("migrations/001_base.sql"),
                ScenarioGenerator.POSTGRES_BASE.stream().map(s -> s + ";\n").collect(Collectors.joining()));
        Files.writeString(dir.resolve("migrations/002_step.sql"), scenario.migrationFile());
        if (scenario.wrapping() == Scenario.Wrapping.FRAMEWORK_TRANSACTION) {
            // deployed as the engine ran it: the framework wraps the file in one transaction
            Files.writeString(dir.resolve("miglint.toml"), "assume_in_transaction = true\n");
        }
        CliRun run = CliRun.run(dir, "dry-run", "--embedded", "--format", "json", "--fail-on", "never", "--rows", "0",
                "migrations");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("dry-run exit " + run.exitCode() + ": " + run.stderr());
        }
        List<JsonNode> findings = JsonFindings.parse(run.stdout()).visible();
        List<String> flagged = new ArrayList<>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            int line = scenario.lineOf(i);
            flagged.add(findings.stream()
                    .filter(f -> f.path("path").asText().endsWith("002_step.sql") && f.path("startLine").asInt() == line)
                    .filter(f -> !f.path("level").asText().equals("note"))
                    .filter(DryRunAgreementTest::observedByTheDryRun)
                    .map(f -> f.path("ruleId").asText()).distinct().collect(Collectors.joining(",")));
        }
        return flagged;
    }

    /** A dry run's own finding, or a static one it confirmed by what it saw the statement do. */
    private static boolean observedByTheDryRun(JsonNode finding) {
        return finding.path("ruleId").asText().startsWith("dry-run-") || finding.path("confirmed").asBoolean();
    }
}
