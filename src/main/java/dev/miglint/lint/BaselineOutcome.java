package dev.miglint.lint;

import java.util.List;

/**
 * What applying a baseline file did: {@code hidden} findings matched one of its entries and were left out of the
 * report; {@code stale} entries no longer match any finding (the statement was fixed or changed) and can be
 * dropped by recording the baseline again.
 */
public record BaselineOutcome(String file, int hidden, List<StaleEntry> stale) {

    public BaselineOutcome {
        stale = List.copyOf(stale);
    }

    /** A baseline entry that matched no finding. */
    public record StaleEntry(String ruleId, String path, int line, String message, String fingerprint) {
    }
}
