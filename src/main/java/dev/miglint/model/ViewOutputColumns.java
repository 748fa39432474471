package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The output columns of a {@code CREATE [OR REPLACE] VIEW}, in order, read from its text: the explicit column list,
 * or the items of the top-level SELECT. Each column's name is known for {@code expr AS name}, a plain
 * (qualified) column reference and {@code ref::type}; its type only for an explicit cast ({@code ::type},
 * {@code CAST(... AS type)}). Empty when the number of columns cannot be known ({@code *}, a WITH or VALUES
 * query), so nothing is ever concluded from a guess.
 */
public final class ViewOutputColumns {

    /** A view column: {@code name} and {@code castType} (normalized text) are null when not known. */
    public record Column(String name, String castType) { }

    private static final Set<String> END_OF_LIST = Set.of("from", "where", "group", "having", "union", "intersect",
            "except", "order", "limit", "offset", "window", "fetch", "into", "for", ";");
    private static final Set<String> NOT_ALIASES = Set.of("end", "null", "true", "false");
    private static final Set<String> KEYWORDS = Set.of("not", "and", "or", "is", "in", "like", "ilike", "between",
            "distinct", "then", "else", "when", "interval", "array", "exists", "similar", "to", "collate");

    private ViewOutputColumns() {
    }

    public static Optional<List<Column>> of(StatementTokens createView) {
        List<String> t = createView.texts();
        int i = indexOfWord(t, 0, "view");
        if (i < 0) {
            return Optional.empty();
        }
        i++;
        if (i + 2 < t.size() && lower(t.get(i)).equals("if") && lower(t.get(i + 1)).equals("not")) {
            i += 3; // IF NOT EXISTS
        }
        i++; // the name
        while (i + 1 < t.size() && t.get(i).equals(".")) {
            i += 2;
        }
        if (i < t.size() && t.get(i).equals("(")) {
            return Optional.of(columnList(t, i + 1));
        }
        int as = indexOfWord(t, i, "as");
        if (as < 0 || as + 1 >= t.size() || !lower(t.get(as + 1)).equals("select")) {
            return Optional.empty();
        }
        return selectList(t, as + 2);
    }

    private static List<Column> columnList(List<String> t, int from) {
        List<Column> columns = new ArrayList<>();
        for (int i = from; i < t.size() && !t.get(i).equals(")"); i++) {
            if (!t.get(i).equals(",")) {
                columns.add(new Column(Identifiers.normalize(t.get(i)), null));
            }
        }
        return columns;
    }

    private static Optional<List<Column>> selectList(List<String> t, int from) {
        int i = from;
        if (i < t.size() && lower(t.get(i)).equals("all")) {
            i++;
        } else if (i < t.size() && lower(t.get(i)).equals("distinct")) {
            i++;
            if (i < t.size() && lower(t.get(i)).equals("on")) {
                i = skipParens(t, i + 1);
            }
        }
        List<Column> columns = new ArrayList<>();
        List<String> item = new ArrayList<>();
        int depth = 0;
        for (; i < t.size(); i++) {
            String tok = t.get(i);
            if (depth == 0 && (END_OF_LIST.contains(lower(tok)) || tok.equals(","))) {
                if (!add(columns, item)) {
                    return Optional.empty();
                }
                item = new ArrayList<>();
                if (!tok.equals(",")) {
                    break;
                }
                continue;
            }
            depth += tok.equals("(") ? 1 : tok.equals(")") ? -1 : 0;
            item.add(tok);
        }
        if (!item.isEmpty() && !add(columns, item)) {
            return Optional.empty();
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    /** Adds the item's column; false when it is a star (the column count is unknown). */
    private static boolean add(List<Column> columns, List<String> item) {
        if (item.isEmpty() || item.get(item.size() - 1).equals("*")) {
            return false;
        }
        int n = item.size();
        List<String> expr = item;
        String name = null;
        if (n >= 3 && lower(item.get(n - 2)).equals("as")) {
            name = Identifiers.normalize(item.get(n - 1));
            expr = item.subList(0, n - 2);
        } else if (n >= 2 && isName(item.get(n - 1)) && !NOT_ALIASES.contains(lower(item.get(n - 1)))
                && (item.get(n - 2).equals(")") || isName(item.get(n - 2)) && !KEYWORDS.contains(lower(item.get(n - 2))))
                && !lower(item.get(0)).equals("case")
                && !item.contains(":")) {
            name = Identifiers.normalize(item.get(n - 1)); // implicit alias: expr name
            expr = item.subList(0, n - 1);
        }
        int cast = expr.indexOf(":");
        List<String> ref = cast > 0 && cast + 1 < expr.size() && expr.get(cast + 1).equals(":") ? expr.subList(0, cast) : expr;
        if (name == null && isReference(ref)) {
            name = Identifiers.normalize(ref.get(ref.size() - 1));
        }
        columns.add(new Column(name, castType(expr, cast)));
        return true;
    }

    private static String castType(List<String> expr, int cast) {
        if (cast > 0 && cast + 2 < expr.size() && expr.get(cast + 1).equals(":") && !expr.subList(cast + 2, expr.size()).contains(":")) {
            return String.join(" ", expr.subList(cast + 2, expr.size())).toLowerCase(Locale.ROOT);
        }
        if (expr.size() > 4 && lower(expr.get(0)).equals("cast") && expr.get(1).equals("(") && expr.get(expr.size() - 1).equals(")")) {
            int as = -1;
            for (int k = 2; k < expr.size(); k++) {
                as = lower(expr.get(k)).equals("as") ? k : as;
            }
            if (as > 2) {
                return String.join(" ", expr.subList(as + 1, expr.size() - 1)).toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** {@code name} or {@code a.b[.c]}. */
    private static boolean isReference(List<String> tokens) {
        if (tokens.isEmpty() || tokens.size() % 2 == 0) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (k % 2 == 0 ? !isName(tokens.get(k)) : !tokens.get(k).equals(".")) {
                return false;
            }
        }
        return true;
    }

    private static boolean isName(String token) {
        char c = token.charAt(0);
        return c == '"' || Character.isLetter(c) || c == '_';
    }

    private static int skipParens(List<String> t, int open) {
        int depth = 0;
        for (int i = open; i < t.size(); i++) {
            depth += t.get(i).equals("(") ? 1 : t.get(i).equals(")") ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return t.size();
    }

    private static int indexOfWord(List<String> t, int from, String word) {
        int depth = 0;
        for (int i = from; i < t.size(); i++) {
            depth += t.get(i).equals("(") ? 1 : t.get(i).equals(")") ? -1 : 0;
            if (depth == 0 && lower(t.get(i)).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
