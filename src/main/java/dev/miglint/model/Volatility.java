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

    private static final Pattern WORD = Pattern.compile("[a-z_][a-z0-9_$]*");
    private static final Set<String> STABLE_KEYWORDS = Set.of("current_timestamp", "current_date", "current_time",
            "localtimestamp", "localtime", "current_user", "session_user", "current_role", "current_schema", "user");
    private static final Pattern CALL = Pattern.compile("([A-Za-z_][A-Za-z0-9_$.]*)\\s*\\(");
    private static final Set<String> VOLATILE_FUNCTIONS = Set.of(
            "random", "gen_random_uuid", "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4",
            "uuid_generate_v7", "uuidv4", "uuidv7", "clock_timestamp", "timeofday", "nextval", "setval",
            "txid_current", "pg_current_xact_id", "gen_random_bytes", "random_normal", "newid", "uuid",
            "cuid", "nanoid", "gen_ulid", "generate_ulid", "ulid", "currval", "lastval", "setseed",
            "gen_random_uuid_v7", "uuid_generate_v6", "pg_current_xact_id_if_assigned",
            "txid_current_if_assigned", "nextid", "next_id", "snowflake_id", "id_generator");
    private static final Set<String> STABLE_FUNCTIONS = Set.of(
            "now", "current_timestamp", "statement_timestamp", "transaction_timestamp", "current_date",
            "current_time", "localtimestamp", "localtime", "current_user", "current_setting", "to_char", "age",
            "session_user", "current_schema", "current_database", "pg_backend_pid", "inet_client_addr", "timezone",
            "date_trunc", "to_timestamp", "current_role");

    public static Volatility of(String expr) {
        String lower = withoutLiterals(expr).toLowerCase(Locale.ROOT);
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
        Matcher w = WORD.matcher(lower);
        while (w.find()) {
            if (STABLE_KEYWORDS.contains(w.group())) {
                result = STABLE;
            }
        }
        return result;
    }

    /** The names (without schema, lower-cased) of the functions the expression calls, in order. */
    public static java.util.List<String> calledFunctions(String expr) {
        java.util.List<String> names = new java.util.ArrayList<>();
        Matcher m = CALL.matcher(withoutLiterals(expr).toLowerCase(Locale.ROOT));
        while (m.find()) {
            String fn = m.group(1);
            names.add(fn.substring(fn.lastIndexOf('.') + 1));
        }
        return names;
    }

    public boolean isVolatile() {
        return this == VOLATILE;
    }

    /** Removes string literals ('...', E'...', $$...$$), quoted identifiers and comments so their text is not read as calls. */
    static String withoutLiterals(String expr) {
        StringBuilder out = new StringBuilder(expr.length());
        int i = 0;
        int n = expr.length();
        while (i < n) {
            char c = expr.charAt(i);
            if (c == '\'' || c == '"') {
                int j = i + 1;
                while (j < n) {
                    if (expr.charAt(j) == c) {
                        if (j + 1 < n && expr.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.append(c == '"' ? " \"\" " : " '' ");
                i = j + 1;
            } else if (c == '$') {
                int tagEnd = expr.indexOf('$', i + 1);
                String tag = tagEnd > i ? expr.substring(i, tagEnd + 1) : null;
                if (tag != null && tag.substring(1, tag.length() - 1).matches("[A-Za-z_]*")) {
                    int close = expr.indexOf(tag, tagEnd + 1);
                    out.append(" '' ");
                    i = close < 0 ? n : close + tag.length();
                } else {
                    out.append(c);
                    i++;
                }
            } else if (c == '-' && i + 1 < n && expr.charAt(i + 1) == '-') {
                int nl = expr.indexOf('\n', i);
                i = nl < 0 ? n : nl;
            } else if (c == '/' && i + 1 < n && expr.charAt(i + 1) == '*') {
                int close = expr.indexOf("*/", i + 2);
                i = close < 0 ? n : close + 2;
                out.append(' ');
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
