package dev.miglint.oracle;

import dev.miglint.oracle.Scenario.Dialect;
import dev.miglint.oracle.Scenario.Step;
import dev.miglint.oracle.Scenario.Wrapping;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A disagreement kept as a fixture: the scenario, the engine's verdict per statement (H hazard, S safe,
 * - not reached) and what miglint said when it was recorded. The engine verdict must keep reproducing.
 */
public record OracleFixture(Path file, Scenario scenario, List<String> engine) {

    public static void write(Path file, Scenario scenario, List<Verdict> engine, List<String> rules)
            throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append("-- oracle-fixture dialect=").append(scenario.dialect()).append(" wrapping=")
                .append(scenario.wrapping()).append(" seed=").append(scenario.seed()).append('\n');
        for (int i = 0; i < scenario.steps().size(); i++) {
            Verdict v = engine.get(i);
            sb.append("-- step ").append(!v.reached() ? "-" : v.hazardous() ? "H" : "S").append(" | ")
                    .append(scenario.steps().get(i).form()).append(" | engine: ").append(v.reason().replace('\n', ' '))
                    .append(" | miglint: ").append(rules.get(i).isEmpty() ? "(nothing)" : rules.get(i)).append('\n');
        }
        sb.append(scenario.migrationFile());
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString());
    }

    public static OracleFixture read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String header = lines.get(0);
        Dialect dialect = Dialect.valueOf(value(header, "dialect"));
        Wrapping wrapping = Wrapping.valueOf(value(header, "wrapping"));
        List<String> engine = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        List<String> sql = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.startsWith("-- step ")) {
                String[] parts = line.substring("-- step ".length()).split(" \\| ");
                engine.add(parts[0]);
                forms.add(parts[1]);
            } else if (!line.isBlank()) {
                sql.add(line.substring(0, line.length() - 1));
            }
        }
        if (wrapping == Wrapping.EXPLICIT_BEGIN_COMMIT) { // the file's own BEGIN/COMMIT wrapper, not steps
            sql = sql.subList(1, sql.size() - 1);
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < sql.size(); i++) {
            steps.add(new Step(forms.get(i), sql.get(i)));
        }
        return new OracleFixture(file, new Scenario(Long.parseLong(value(header, "seed")), dialect, wrapping, steps),
                engine);
    }

    private static String value(String header, String key) {
        for (String part : header.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        throw new IllegalArgumentException("no " + key + " in " + header);
    }

    public static List<String> codes(List<Verdict> verdicts) {
        return verdicts.stream().map(v -> !v.reached() ? "-" : v.hazardous() ? "H" : "S").toList();
    }
}
