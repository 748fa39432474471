package dev.miglint.cli;

import dev.miglint.dryrun.DryRunRules;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every id a report can carry: the registered rules (engine-reported ones included) and what a dry run observes. */
final class ReportedRules {
    private ReportedRules() {
    }

    static List<RuleInfo> all() {
        List<RuleInfo> all = new ArrayList<>();
        RuleRegistry.load().all().forEach(rule -> all.add(rule.info()));
        all.addAll(DryRunRules.ALL);
        return all;
    }

    static Optional<RuleInfo> find(String id) {
        String wanted = id.strip();
        return all().stream().filter(info -> info.id().equals(wanted)).findFirst();
    }

    static List<String> ids() {
        return all().stream().map(RuleInfo::id).toList();
    }
}
