package dev.miglint.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Statement-level comparison of the engine's verdicts with miglint's. */
public final class Agreement {

    /** One statement both sides judged. */
    public record Judged(Scenario scenario, int index, Verdict engine, String rules) {
        public boolean agrees() {
            return engine.hazardous() == !rules.isEmpty();
        }

        public String form() {
            return scenario.steps().get(index).form() + " [" + scenario.wrapping() + "]";
        }

        public String kind() {
            return engine.hazardous() ? "missed" : "false alarm";
        }
    }

    private final List<Judged> judged = new ArrayList<>();
    private int scenarios;

    public void add(Scenario scenario, List<Verdict> engine, List<String> rules) {
        scenarios++;
        for (int i = 0; i < engine.size(); i++) {
            if (engine.get(i).reached()) {
                judged.add(new Judged(scenario, i, engine.get(i), rules.get(i)));
            }
        }
    }

    public int scenarios() {
        return scenarios;
    }

    public int statements() {
        return judged.size();
    }

    public double rate() {
        return judged.isEmpty() ? 1.0 : judged.stream().filter(Judged::agrees).count() / (double) judged.size();
    }

    public List<Judged> disagreements() {
        return judged.stream().filter(j -> !j.agrees()).toList();
    }

    /** "missed: FORM" / "false alarm: FORM" -> count, sorted. */
    public Map<String, Integer> disagreementsByForm() {
        Map<String, Integer> byForm = new TreeMap<>();
        for (Judged j : disagreements()) {
            byForm.merge(j.kind() + ": " + j.scenario().steps().get(j.index()).form(), 1, Integer::sum);
        }
        return byForm;
    }

    /** The rules that fired on false alarms ("a,b" when several did) -> count, sorted: which rules to look at. */
    public Map<String, Integer> falseAlarmsByRules() {
        Map<String, Integer> byRules = new TreeMap<>();
        for (Judged j : disagreements()) {
            if (!j.engine().hazardous()) {
                byRules.merge(j.rules(), 1, Integer::sum);
            }
        }
        return byRules;
    }

    public String report(String dialect) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%s: %d scenarios, %d statements, agreement %.1f%%%n", dialect, scenarios,
                statements(), 100 * rate()));
        disagreementsByForm().forEach((form, n) -> sb.append(String.format("  %4d  %s%n", n, form)));
        if (!falseAlarmsByRules().isEmpty()) {
            sb.append("false alarms by the rules that fired:").append(System.lineSeparator());
            falseAlarmsByRules().forEach((rules, n) -> sb.append(String.format("  %4d  %s%n", n, rules)));
        }
        return sb.toString();
    }
}
