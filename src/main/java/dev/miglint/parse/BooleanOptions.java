package dev.miglint.parse;

import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's parenthesized utility option lists ({@code VACUUM (FULL false, ANALYZE)},
 * {@code REINDEX (CONCURRENTLY off)}): an option is on when it is named with no value or with a value
 * PostgreSQL reads as true, so {@code FULL 0} is a plain VACUUM.
 */
final class BooleanOptions {
    private static final Set<String> FALSE_VALUES = Set.of("FALSE", "OFF", "0");

    private BooleanOptions() {
    }

    /** Whether {@code option} is enabled in the option list {@code inside} (the cursor is consumed). */
    static boolean enabled(TokenCursor inside, String optionUpper) {
        boolean on = false;
        for (TokenCursor item : inside.splitAtTopLevelCommas()) {
            if (!item.acceptWords(optionUpper)) {
                continue;
            }
            // the last mention wins, as in PostgreSQL's option loop
            on = item.atEnd() || !FALSE_VALUES.contains(item.literalValue().toUpperCase(Locale.ROOT));
        }
        return on;
    }
}
