package dev.miglint.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.dryrun.EmbeddedServer;
import dev.miglint.oracle.Scenario.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine is the judge: generated scenarios run on embedded PostgreSQL and SQLite, and miglint's static
 * verdicts are compared statement by statement. Bounded here; {@code -Doracle.scenarios=5000} for a long run,
 * {@code -Doracle.record=true} to add the disagreements found to the fixture corpus, {@code -Doracle.rejudge=true} to
 * re-record the fixtures whose engine verdict a judge correction changed. See docs/evaluation.md.
 */
class DifferentialOracleTest {
    private static final Path FIXTURES = Path.of("test-fixtures/oracle");
    private static final int SCENARIOS = Integer.getInteger("oracle.scenarios", 80);
    private static final long SEED = Long.getLong("oracle.seed", 20261204L);

    private static EmbeddedServer server;
    private static PostgresOracle postgres;

    @TempDir
    Path temp;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedServer.start();
        postgres = new PostgresOracle(server);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private List<Verdict> engine(Scenario scenario) throws Exception {
        return scenario.dialect() == Dialect.POSTGRES ? postgres.judge(scenario) : new SqliteOracle().judge(scenario);
    }

    private Agreement measure(Dialect dialect) throws Exception {
        Agreement agreement = new Agreement();
        Set<String> recorded = new HashSet<>();
        for (int n = 0; n < SCENARIOS; n++) {
            Scenario scenario = ScenarioGenerator.generate(dialect, SEED + n);
            List<Verdict> engine = engine(scenario);
            List<String> rules = StaticVerdicts.flagged(scenario, temp.resolve(dialect + "-" + n));
            agreement.add(scenario, engine, rules);
            if (Boolean.getBoolean("oracle.record")) {
                for (int i = 0; i < engine.size(); i++) {
                    boolean disagrees = engine.get(i).reached() && engine.get(i).hazardous() == rules.get(i).isEmpty();
                    String key = (engine.get(i).hazardous() ? "missed-" : "false-alarm-")
                            + slug(scenario.steps().get(i).form()) + "-" + scenario.wrapping().name().toLowerCase(Locale.ROOT);
                    if (disagrees && recorded.add(key)) {
                        OracleFixture.write(FIXTURES.resolve(dialect.name().toLowerCase(Locale.ROOT)).resolve(key + ".oracle"),
                                scenario, engine, rules);
                    }
                }
            }
        }
        String report = agreement.report(dialect.name().toLowerCase(Locale.ROOT));
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/oracle-" + dialect.name().toLowerCase(Locale.ROOT) + ".txt"), report);
        return agreement;
    }

    private static String slug(String form) {
        return form.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static double baseline(Dialect dialect) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newInputStream(FIXTURES.resolve("baseline.properties"))) {
            p.load(in);
        }
        return Double.parseDouble(p.getProperty(dialect.name().toLowerCase(Locale.ROOT) + ".agreement"));
    }

    @Test
    void postgresAgreementDoesNotFallBelowTheRecordedBaseline() throws Exception {
        Agreement agreement = measure(Dialect.POSTGRES);
        assertTrue(agreement.statements() >= SCENARIOS, "every scenario has at least one statement");
        assertTrue(agreement.rate() >= baseline(Dialect.POSTGRES),
                () -> "agreement fell below the baseline:\n" + agreement.report("postgres"));
    }

    @Test
    void sqliteAgreementDoesNotFallBelowTheRecordedBaseline() throws Exception {
        Agreement agreement = measure(Dialect.SQLITE);
        assertTrue(agreement.statements() >= SCENARIOS, "every scenario has at least one statement");
        assertTrue(agreement.rate() >= baseline(Dialect.SQLITE),
                () -> "agreement fell below the baseline:\n" + agreement.report("sqlite"));
    }

    @Test
    void everyFixtureStillReproducesItsEngineVerdict() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(FIXTURES)) {
            files = s.filter(p -> p.toString().endsWith(".oracle")).sorted().toList();
        }
        assertTrue(!files.isEmpty(), "the seed corpus of disagreements is empty");
        for (Path file : files) {
            OracleFixture fixture = OracleFixture.read(file);
            if (Boolean.getBoolean("oracle.rejudge")) {
                // after a judge correction (docs/evaluation.md): re-record the fixtures whose engine verdict changed
                List<Verdict> engine = engine(fixture.scenario());
                if (!fixture.engine().equals(OracleFixture.codes(engine))) {
                    OracleFixture.write(file, fixture.scenario(), engine,
                            StaticVerdicts.flagged(fixture.scenario(), temp.resolve(file.getFileName().toString())));
                }
                continue;
            }
            assertEquals(fixture.engine(), OracleFixture.codes(engine(fixture.scenario())), file.toString());
        }
    }
}
