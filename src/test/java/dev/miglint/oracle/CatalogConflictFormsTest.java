package dev.miglint.oracle;

import dev.miglint.dryrun.EmbeddedServer;
import dev.miglint.oracle.Scenario.Dialect;
import dev.miglint.oracle.Scenario.Wrapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Statements the catalog refuses (drops of objects others depend on, names already in use), each under every wrapping: the embedded PostgreSQL runs them on the
 * oracle's base schema, and miglint must flag exactly the statements the engine finds hazardous (the 2BP01 refusal,
 * the column a CASCADE takes along, the lock queue).
 */
class CatalogConflictFormsTest {
    private static EmbeddedServer server;
    private static PostgresOracle oracle;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws Exception {
        server = EmbeddedServer.start();
        oracle = new PostgresOracle(server);
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    static List<Arguments> forms() {
        List<Arguments> out = new ArrayList<>();
        for (String form : ScenarioGenerator.catalogConflictFormNames()) {
            for (Wrapping wrapping : Wrapping.values()) {
                out.add(Arguments.of(form, wrapping));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("forms")
    void miglintFlagsWhatTheEngineFindsHazardous(String form, Wrapping wrapping) throws Exception {
        Scenario scenario = ScenarioGenerator.ofForm(Dialect.POSTGRES, form, wrapping);
        List<Verdict> engine = oracle.judge(scenario);
        List<String> rules = StaticVerdicts.flagged(scenario, temp);
        FormVerdicts.assertAgree(scenario, engine, rules);
    }
}
