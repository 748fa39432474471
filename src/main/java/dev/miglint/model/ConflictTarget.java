package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The conflict target of an upsert ({@code INSERT ... ON CONFLICT (a, b) DO ...}, PostgreSQL and SQLite): the
 * column names, normalized. Empty when the statement has no target (a bare {@code ON CONFLICT DO NOTHING}),
 * names a constraint ({@code ON CONFLICT ON CONSTRAINT}) or indexes an expression: then no column list is known.
 */
public final class ConflictTarget {
    private ConflictTarget() {
    }

    public static Optional<List<String>> columns(ParsedStatement insert) {
        String insertSql = insert.text();
        int at = insert.tokens().after("ON", "CONFLICT");
        if (at < 0) {
            return Optional.empty();
        }
        int i = skipSpace(insertSql, at);
        if (i >= insertSql.length() || insertSql.charAt(i) != '(') {
            return Optional.empty();
        }
        List<String> elements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (i = i + 1; i < insertSql.length(); i++) {
            char c = insertSql.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '`' || c == '[') {
                quote = c == '[' ? ']' : c;
                current.append(c);
            } else if (c == '(' || c == '\'') {
                return Optional.empty(); // an expression
            } else if (c == ',' || c == ')') {
                elements.add(current.toString().trim());
                current.setLength(0);
                if (c == ')') {
                    break;
                }
            } else {
                current.append(c);
            }
        }
        if (i >= insertSql.length()) {
            return Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        for (String e : elements) {
            String name = firstIdentifier(e);
            if (name == null) {
                return Optional.empty();
            }
            columns.add(Identifiers.normalize(name));
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(columns));
    }

    /** The element's column: its first word, when the rest is only COLLATE x, ASC/DESC, an operator class. */
    private static String firstIdentifier(String element) {
        if (element.isEmpty()) {
            return null;
        }
        char first = element.charAt(0);
        if (first == '"' || first == '`' || first == '[') {
            char close = first == '[' ? ']' : first;
            int end = element.indexOf(close, 1);
            return end < 0 ? null : element.substring(0, end + 1);
        }
        String word = element.split("\\s+")[0];
        return word.matches("[A-Za-z_][A-Za-z0-9_$]*") && !word.toUpperCase(Locale.ROOT).equals("ON") ? word : null;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
