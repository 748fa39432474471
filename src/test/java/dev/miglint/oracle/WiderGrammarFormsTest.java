package dev.miglint.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.miglint.dryrun.EmbeddedServer;
import dev.miglint.oracle.Scenario.Dialect;
import dev.miglint.oracle.Scenario.Wrapping;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wider forms are valid on the base schema: the engine runs every statement of each (an error would be
 * judged a hazard and make the form measure nothing but a typo), or fails it on the data (an integrity violation,
 * SQLSTATE class 23, is what the forms "on duplicates", "violated", "with nulls" and "with orphans" measure). Writes engine and miglint verdicts per form to
 * target/oracle-wider-forms.txt for reading by hand.
 */
class WiderGrammarFormsTest {

    @TempDir
    Path temp;

    @Test
    void formNamesAreUnique() {
        List<String> all = ScenarioGenerator.formNames(Dialect.POSTGRES);
        assertEquals(all.size(), new HashSet<>(all).size(), "duplicate form names: " + all);
    }

    @Test
    void everyWiderFormRunsOnTheBaseSchema() throws Exception {
        StringBuilder table = new StringBuilder();
        List<String> failures = new ArrayList<>();
        try (EmbeddedServer server = EmbeddedServer.start()) {
            PostgresOracle oracle = new PostgresOracle(server);
            int n = 0;
            for (String name : ScenarioGenerator.widerPostgresFormNames()) {
                Scenario scenario = ScenarioGenerator.ofForm(Dialect.POSTGRES, name, Wrapping.NONE);
                List<Verdict> engine = oracle.judge(scenario);
                List<String> rules = StaticVerdicts.flagged(scenario, temp.resolve("f" + n++));
                for (int i = 0; i < engine.size(); i++) {
                    Verdict v = engine.get(i);
                    table.append(name).append(" | ").append(scenario.steps().get(i).sql()).append(" | engine: ")
                            .append(v.hazardous() ? v.reason() : "safe").append(" | miglint: ")
                            .append(rules.get(i).isEmpty() ? "-" : rules.get(i)).append('\n');
                    // a violated constraint (class 23) is what some forms measure; anything else is a broken form
                    if (v.reason().startsWith("error") && !v.reason().startsWith("error 23")) {
                        failures.add(name + ": " + v.reason());
                    }
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/oracle-wider-forms.txt"), table);
        assertTrue(failures.isEmpty(), () -> "forms the engine rejects:\n" + String.join("\n", failures));
    }
}
