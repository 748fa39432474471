package dev.miglint.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

/** The engine's verdict and miglint's, statement by statement, for the tests that run single named forms. */
final class FormVerdicts {
    private FormVerdicts() {
    }

    /** Fails unless miglint flags exactly the statements the engine finds hazardous (unreached ones not compared). */
    static void assertAgree(Scenario scenario, List<Verdict> engine, List<String> rules) {
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < engine.size(); i++) {
            if (engine.get(i).reached()) {
                String sql = scenario.steps().get(i).sql();
                expected.add(sql + " -> " + (engine.get(i).hazardous() ? "hazard: " + engine.get(i).reason() : "safe"));
                actual.add(sql + " -> " + (rules.get(i).isEmpty() ? "safe" : "hazard: " + engine.get(i).reason()));
            }
        }
        assertEquals(String.join("\n", expected), String.join("\n", actual), "miglint said " + rules);
    }
}
