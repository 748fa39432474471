package dev.miglint.lint;

import dev.miglint.rules.Finding;
import java.util.Comparator;

/** The one order of findings in every report, so that equal input gives equal output (docs/performance.md). */
public final class FindingOrder {
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::startLine).thenComparingInt(Finding::startColumn)
            .thenComparing(Finding::ruleId).thenComparing(Finding::message);

    private FindingOrder() {
    }
}
