package dev.miglint.lint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The ids of one ignore comment that name no rule, reported as one finding whose message names only the first
 * few: a comment with thousands of made-up ids must cost one short finding, not one finding (and code frame)
 * per id.
 */
record UnknownRuleIds(List<String> shown, int count) {
    static final int SHOWN = 5;

    static UnknownRuleIds of(List<String> ids, Predicate<String> known) {
        Set<String> unknown = new LinkedHashSet<>();
        for (String id : ids) {
            if (!known.test(id)) {
                unknown.add(id);
            }
        }
        List<String> shown = new ArrayList<>(SHOWN);
        for (String id : unknown) {
            if (shown.size() == SHOWN) {
                break;
            }
            shown.add(id.length() > 60 ? id.substring(0, 60) + "..." : id);
        }
        return new UnknownRuleIds(List.copyOf(shown), unknown.size());
    }

    boolean isEmpty() {
        return count == 0;
    }

    String message() {
        StringBuilder text = new StringBuilder(count == 1 ? "unknown rule id " : "unknown rule ids ");
        for (int i = 0; i < shown.size(); i++) {
            text.append(i == 0 ? "" : ", ").append('\'').append(shown.get(i)).append('\'');
        }
        if (count > shown.size()) {
            text.append(" and ").append(count - shown.size()).append(" more");
        }
        return text.toString();
    }
}
