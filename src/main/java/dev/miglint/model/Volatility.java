package dev.miglint.model;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL function volatility of an expression. Since PG 11 a non-volatile default is stored in the
 * catalog and ADD COLUMN does not rewrite; a volatile one is evaluated per row and rewrites the table.
 */
public enum Volatility {
    IMMUTABLE, STABLE, VOLATILE;

    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_$.]*)\\s*\\(");
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of(
            "random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4",
            "uuid_generate_v7", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval", "setval",
            "txid_current", "pg_current_xact_id", "gen_random_bytes", "random_normal", "newid", "uuid",
            "cuid", "nanoid", "gen_ulid", "generate_ulid", "ulid");
    private static final Set<String> STABLE_FUNCTIONS = Set.of(
            "now", "current_timestamp", "statement_timestamp", "transaction_timestamp", "current_date",
            "current_time", "localtimestamp", "localtime", "current_user", "current_setting", "to_char", "age");

    public static Volatility of(String expr) {
        String lower = expr.toLowerCase(Locale.ROOT);
        Volatility result = IMMUTABLE;
        Matcher m = CALL.matcher(lower);
        while (m.find()) {
            String fn = m.group(1);
            int dot = fn.lastIndexOf('.');
            if (dot >= 0) {
                fn = fn.substring(dot + 1);
            }
            if (VOLATILE_FUNCTIONS.contains(fn)) {
                return VOLATILE;
            }
            if (STABLE_FUNCTIONS.contains(fn)) {
                result = STABLE;
            }
        }
        for (String word : new String[] {"current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_user", "session_user"}) {
            if (lower.contains(word)) {
                result = STABLE;
            }
        }
        return result;
    }
}
