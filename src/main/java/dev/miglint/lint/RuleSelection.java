package dev.miglint.lint;

import dev.miglint.config.Config;
import dev.miglint.config.RuleConfig;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleRegistry;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
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

    /**
     * The selection from --select/--ignore and the config's [rules] table: a rule the config turns off is
     * ignored, a level it names overrides the default.
     */
    public static RuleSelection of(Config config, Collection<String> select, Collection<String> ignore) {
        Set<String> ignored = new LinkedHashSet<>(ignore);
        Map<String, Level> levels = new HashMap<>();
        for (Map.Entry<String, RuleConfig> e : config.rules().entrySet()) {
            if (!e.getValue().enabled()) {
                ignored.add(e.getKey());
            }
            if (e.getValue().level() != null) {
                levels.put(e.getKey(), e.getValue().level());
            }
        }
        return new RuleSelection(Set.copyOf(select), ignored, levels);
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
