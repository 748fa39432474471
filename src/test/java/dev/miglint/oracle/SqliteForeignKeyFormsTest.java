package dev.miglint.oracle;

import dev.miglint.oracle.Scenario.Dialect;
import dev.miglint.oracle.Scenario.Wrapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The SQLite foreign-key and transaction forms of issue 12, each under every wrapping: SQLite (sqlite-jdbc) runs
 * them, and miglint must flag exactly the statements the engine finds hazardous (a failure, a break of the previous
 * app version, a dangling foreign key).
 */
class SqliteForeignKeyFormsTest {
    @TempDir
    Path temp;

    static List<Arguments> forms() {
        List<Arguments> out = new ArrayList<>();
        for (String form : List.of("PRAGMA foreign_keys=OFF then DROP parent", "redefine parent, PRAGMA inside BEGIN",
                "redefine parent, PRAGMA before BEGIN", "redefine parent by renaming it away",
                "redefine parent by renaming it away, foreign keys off", "BEGIN .. COMMIT in the file")) {
            for (Wrapping wrapping : Wrapping.values()) {
                out.add(Arguments.of(form, wrapping));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @MethodSource("forms")
    void miglintFlagsWhatTheEngineFindsHazardous(String form, Wrapping wrapping) throws Exception {
        Scenario scenario = ScenarioGenerator.ofForm(Dialect.SQLITE, form, wrapping);
        List<Verdict> engine = new SqliteOracle().judge(scenario);
        List<String> rules = StaticVerdicts.flagged(scenario, temp);
        FormVerdicts.assertAgree(scenario, engine, rules);
    }
}
