package dev.miglint.lint;

import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleRegistry;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rules run and at which level: --select keeps only the named rules, --ignore and config
 * {@code enabled = false} drop rules, config levels override the defaults.
 */
public record RuleSelection(Set<String> select, Set<String> ignore, Map<String, Level> levels) {

    public static RuleSelection all() {
        return new RuleSelection(Set.of(), Set.of(), Map.of());
    }

    public boolean enabled(String id) {
        return (select.isEmpty() || select.contains(id)) && !ignore.contains(id);
    }

    public Level levelOf(Rule rule) {
        return levels.getOrDefault(rule.info().id(), rule.info().level());
    }

    public List<Rule> activeRules(RuleRegistry registry, Dialect dialect) {
        return registry.all().stream()
                .filter(r -> enabled(r.info().id()) && r.info().appliesTo(dialect))
                .toList();
    }
}
