package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Identifier folding and quoting shared by the parsers and the recipes rules write. */
public final class Identifiers {
    private Identifiers() {
    }

    /** Folds one identifier as PostgreSQL does: quoted keeps its case, unquoted is lower-cased. */
    public static String normalize(String raw) {
        String s = raw.trim();
        if (s.length() >= 2) {
            char first = s.charAt(0);
            char last = s.charAt(s.length() - 1);
            if (first == '"' && last == '"') {
                return s.substring(1, s.length() - 1).replace("\"\"", "\"");
            }
            if (first == '`' && last == '`') {
                return s.substring(1, s.length() - 1).replace("``", "`");
            }
            if (first == '[' && last == ']') {
                return s.substring(1, s.length() - 1);
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /** Splits {@code a.b.c} on dots outside quotes and normalizes each part. */
    public static List<String> splitQualified(String raw) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`') {
                quote = c;
                current.append(c);
            } else if (c == '[') {
                quote = ']';
                current.append(c);
            } else if (c == '.') {
                parts.add(normalize(current.toString()));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(normalize(current.toString()));
        return parts;
    }

    /** {@code sql} names {@code name} as a whole word, with the quotes of any dialect ignored (case-insensitive). */
    public static boolean mentionsWord(String sql, String name) {
        String unquoted = sql.replace("\"", "").replace("`", "").replace("[", "").replace("]", "");
        return java.util.regex.Pattern.compile("(?i)(?<![\\w$])" + java.util.regex.Pattern.quote(name) + "(?![\\w$])")
                .matcher(unquoted).find();
    }

    /**
     * The column-like names an expression mentions, normalized: plain and quoted identifiers outside string literals
     * that are not called as functions ({@code lower(code)} gives {@code code}) and not reserved words ({@code AND}).
     * The last part of a qualified name counts ({@code t.col} gives {@code col}).
     */
    public static java.util.Set<String> namesIn(String sql) {
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                int j = i + 1;
                while (j < n && !(sql.charAt(j) == '\'' && (j + 1 >= n || sql.charAt(j + 1) != '\''))) {
                    j += sql.charAt(j) == '\'' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '"') {
                int j = sql.indexOf('"', i + 1);
                j = j < 0 ? n - 1 : j;
                addName(names, sql, normalize(sql.substring(i, j + 1)), j + 1);
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_' || sql.charAt(j) == '$')) {
                    j++;
                }
                String word = sql.substring(i, j);
                boolean castType = followsCast(sql, i);
                if (!Keywords.isReserved(word.toLowerCase(Locale.ROOT)) && !castType) {
                    addName(names, sql, word.toLowerCase(Locale.ROOT), j);
                }
                i = j;
            } else {
                i++;
            }
        }
        return names;
    }

    /** Looks back over the whitespace before a word only, so the scan stays linear in the text. */
    private static boolean followsCast(String sql, int wordStart) {
        int k = wordStart - 1;
        while (k >= 0 && Character.isWhitespace(sql.charAt(k))) {
            k--;
        }
        return k >= 1 && sql.charAt(k) == ':' && sql.charAt(k - 1) == ':';
    }

    private static void addName(java.util.Set<String> names, String sql, String name, int after) {
        int k = after;
        while (k < sql.length() && Character.isWhitespace(sql.charAt(k))) {
            k++;
        }
        if (k >= sql.length() || sql.charAt(k) != '(' && sql.charAt(k) != '.') {
            names.add(name);
        }
    }

    public static String quoteIfNeeded(String name) {
        boolean plain = !name.isEmpty() && (Character.isLowerCase(name.charAt(0)) || name.charAt(0) == '_');
        for (int i = 0; plain && i < name.length(); i++) {
            char c = name.charAt(i);
            plain = c == '_' || c == '$' || Character.isDigit(c) || Character.isLowerCase(c) && c < 128;
        }
        return plain && !Keywords.isReserved(name) ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /** Like {@link #quoteIfNeeded(String)}, with the dialect's quote: backticks for MySQL. */
    public static String quoteIfNeeded(String name, Dialect dialect) {
        String q = quoteIfNeeded(name);
        if (dialect != Dialect.MYSQL || !q.startsWith("\"")) {
            return q;
        }
        return '`' + name.replace("`", "``") + '`';
    }
}
