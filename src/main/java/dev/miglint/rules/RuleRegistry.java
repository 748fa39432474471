package dev.miglint.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/** Every rule on the class path, found through {@link ServiceLoader}, sorted by id. */
public final class RuleRegistry {
    private final Map<String, Rule> rules;

    private RuleRegistry(Map<String, Rule> rules) {
        this.rules = rules;
    }

    public static RuleRegistry load() {
        return load(RuleRegistry.class.getClassLoader());
    }

    /** The rules {@code loader} can see: ours plus those of any jar on its class path. */
    public static RuleRegistry load(ClassLoader loader) {
        return of(loadAll(loader));
    }

    public static RuleRegistry of(List<Rule> list) {
        Map<String, Rule> byId = new TreeMap<>();
        for (Rule rule : list) {
            Rule previous = byId.put(rule.info().id(), rule);
            if (previous != null && previous.getClass() != rule.getClass()) {
                throw new IllegalStateException("two rules have the id " + rule.info().id() + ": "
                        + previous.getClass().getName() + " and " + rule.getClass().getName());
            }
        }
        return new RuleRegistry(byId);
    }

    private static List<Rule> loadAll(ClassLoader loader) {
        List<Rule> list = new ArrayList<>();
        ServiceLoader.load(Rule.class, loader).forEach(list::add);
        list.sort(Comparator.comparing(r -> r.info().id()));
        return list;
    }

    public List<Rule> all() {
        return List.copyOf(rules.values());
    }

    public Optional<Rule> find(String id) {
        return Optional.ofNullable(rules.get(id));
    }

    /** Every rule id, in registry order. */
    public List<String> ids() {
        return all().stream().map(rule -> rule.info().id()).toList();
    }

    public boolean contains(String id) {
        return rules.containsKey(id);
    }
}
