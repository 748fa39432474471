package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;
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
        for (String fn : callNames(lower)) {
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
    public static List<String> calledFunctions(String expr) {
        return callNames(withoutLiterals(expr).toLowerCase(Locale.ROOT));
    }

    /**
     * The names before an opening parenthesis, without their qualifier: in each run of name characters
     * ({@code [a-z0-9_$.]}) followed by optional white space and {@code (}, the name starts at the run's first letter
     * or underscore. A hand-written scan rather than a regular expression: a regex retried the run from every one of
     * its characters, which made a large view's definition cost a tenth of a whole-corpus run.
     */
    private static List<String> callNames(String text) {
        List<String> names = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isNameChar(text.charAt(i))) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < n && isNameChar(text.charAt(i))) {
                i++;
            }
            int runEnd = i;
            int j = runEnd;
            while (j < n && isSpace(text.charAt(j))) {
                j++;
            }
            if (j < n && text.charAt(j) == '(') {
                int start = runStart;
                while (start < runEnd && !isNameStart(text.charAt(start))) {
                    start++;
                }
                if (start < runEnd) {
                    String name = text.substring(start, runEnd);
                    names.add(name.substring(name.lastIndexOf('.') + 1));
                }
            }
        }
        return names;
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '$' || c == '.';
    }

    /** What {@code \s} matches in a Java regular expression. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
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
