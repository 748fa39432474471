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
