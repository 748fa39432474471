package dev.miglint.oracle;

import java.util.Arrays;
import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The previous app version's queries that fail at one moment, each described ("app query on items fails (42703)").
 * A statement breaks the app when it adds a failure, even while an earlier statement's failure persists: comparing
 * all of them, not the first one found, keeps one break from hiding the next.
 */
record AppBreaks(SortedSet<String> failing) {

    static final String SEPARATOR = "; ";

    AppBreaks(Collection<String> failing) {
        this(new TreeSet<>(failing));
    }

    boolean any() {
        return !failing.isEmpty();
    }

    /** The failures {@code earlier} did not have, as one verdict reason, or null. */
    String newSince(AppBreaks earlier) {
        String added = failing.stream().filter(f -> !earlier.failing.contains(f)).collect(Collectors.joining(SEPARATOR));
        return added.isEmpty() ? null : added;
    }

    /** The failures of {@code reason} (from {@link #newSince}) that still fail now, or null. */
    String stillFailing(String reason) {
        String still = Arrays.stream(reason.split(SEPARATOR)).filter(failing::contains)
                .collect(Collectors.joining(SEPARATOR));
        return still.isEmpty() ? null : still;
    }
}
