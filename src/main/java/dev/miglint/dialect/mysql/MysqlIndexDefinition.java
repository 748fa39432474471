package dev.miglint.dialect.mysql;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A MySQL secondary index as written inline in CREATE TABLE ({@code KEY name (a, b)}) or in ALTER TABLE
 * ({@code ADD INDEX name USING BTREE (a(10), b)}): InnoDB can seek it on its first column only (leftmost prefix).
 */
public final class MysqlIndexDefinition {
    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*(?:ADD\\s+)?(?:UNIQUE\\s+|FULLTEXT\\s+|SPATIAL\\s+)?(?:INDEX|KEY)\\b[^(]*\\(\\s*([`\"]?)([A-Za-z_][\\w$]*)\\1",
            Pattern.CASE_INSENSITIVE);

    private MysqlIndexDefinition() {
    }

    /** The first column of the index (lower-cased), or empty when the text is not an index definition. */
    public static Optional<String> leadingColumn(String text) {
        Matcher m = DEFINITION.matcher(text);
        if (!m.find() || text.toUpperCase(Locale.ROOT).matches("(?s)^\\s*(ADD\\s+)?(FULLTEXT|SPATIAL)\\b.*")) {
            return Optional.empty(); // FULLTEXT and SPATIAL indexes serve MATCH and geometry predicates, not = or ranges
        }
        return Optional.of(m.group(2).toLowerCase(Locale.ROOT));
    }
}
