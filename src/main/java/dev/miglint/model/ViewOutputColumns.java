package dev.miglint.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The output columns of a {@code CREATE [OR REPLACE] VIEW}, in order, read from its text: the explicit column list,
 * or the items of the top-level SELECT. A column's name is known for {@code expr AS name}, a plain (qualified)
 * column reference and {@code ref::type}. Its type is known for an explicit cast ({@code ::type},
 * {@code CAST(... AS type)}), a column reference into the FROM relations whose column types the history knows, a
 * literal whose type is obvious and a few functions ({@code count}, {@code now}). {@code *} and {@code alias.*}
 * expand to the relation's columns in order. Empty when the number of columns cannot be known ({@code *} over a
 * relation the history does not know, a WITH or VALUES query), so nothing is ever concluded from a guess.
 */
public final class ViewOutputColumns {

    /** A view or table column: {@code name} and {@code type} (normalized, see {@link SelectItemTypes#normalizedType}) null when not known. */
    public record Column(String name, String type) { }

    /** The columns, in order, of a table or view the history knows; empty when it does not know them. */
    @FunctionalInterface
    public interface Relations {
        Optional<List<Column>> columnsOf(QualifiedName relation);

        Relations NONE = relation -> Optional.empty();
    }

    private static final Set<String> END_OF_LIST = Set.of("from", "where", "group", "having", "union", "intersect",
            "except", "order", "limit", "offset", "window", "fetch", "into", "for", ";");
    private static final Set<String> END_OF_FROM = Set.of("where", "group", "having", "union", "intersect",
            "except", "order", "limit", "offset", "window", "fetch", "for", ";", "with");
    private static final Set<String> NOT_TABLE_ALIASES = Set.of("on", "using", "join", "left", "right", "inner",
            "outer", "full", "cross", "natural", "lateral", "tablesample");
    private static final Set<String> NOT_ALIASES = Set.of("end", "null", "true", "false");
    private static final Set<String> KEYWORDS = Set.of("not", "and", "or", "is", "in", "like", "ilike", "between",
            "distinct", "then", "else", "when", "interval", "array", "exists", "similar", "to", "collate");

    private ViewOutputColumns() {
    }

    /** The columns as far as the view's text alone tells them (names, explicit casts, literals). */
    public static Optional<List<Column>> of(StatementTokens createView) {
        return of(createView, Relations.NONE);
    }

    /** The columns, with references and stars resolved through the relations the history knows. */
    public static Optional<List<Column>> of(StatementTokens createView, Relations relations) {
        List<String> t = createView.texts();
        int i = SelectTokens.indexOfWord(t, 0, "view");
        if (i < 0) {
            return Optional.empty();
        }
        i++;
        if (i + 2 < t.size() && SelectTokens.lower(t.get(i)).equals("if") && SelectTokens.lower(t.get(i + 1)).equals("not")) {
            i += 3; // IF NOT EXISTS
        }
        i++; // the name
        while (i + 1 < t.size() && t.get(i).equals(".")) {
            i += 2;
        }
        List<Column> named = null;
        if (i < t.size() && t.get(i).equals("(")) {
            named = columnList(t, i + 1);
        }
        int as = SelectTokens.indexOfWord(t, i, "as");
        if (as < 0 || as + 1 >= t.size() || !SelectTokens.lower(t.get(as + 1)).equals("select")) {
            return Optional.ofNullable(named);
        }
        Optional<List<Column>> selected = selectList(t, as + 2, relations);
        return named == null ? selected : Optional.of(withTypes(named, selected.orElse(List.of())));
    }

    /** An explicit column list names the (first) columns; the select list's items, by position, give their types. */
    private static List<Column> withTypes(List<Column> named, List<Column> selected) {
        if (named.size() > selected.size()) {
            return named;
        }
        List<Column> columns = new ArrayList<>(selected); // a shorter list renames only the first columns
        for (int k = 0; k < named.size(); k++) {
            columns.set(k, new Column(named.get(k).name(), selected.get(k).type()));
        }
        return columns;
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

    private static Optional<List<Column>> selectList(List<String> t, int from, Relations relations) {
        int i = from;
        if (i < t.size() && SelectTokens.lower(t.get(i)).equals("all")) {
            i++;
        } else if (i < t.size() && SelectTokens.lower(t.get(i)).equals("distinct")) {
            i++;
            if (i < t.size() && SelectTokens.lower(t.get(i)).equals("on")) {
                i = SelectTokens.skipParens(t, i + 1);
            }
        }
        List<List<String>> items = new ArrayList<>();
        List<String> item = new ArrayList<>();
        int depth = 0;
        for (; i < t.size(); i++) {
            String tok = t.get(i);
            if (depth == 0 && (END_OF_LIST.contains(SelectTokens.lower(tok)) || tok.equals(","))) {
                if (!item.isEmpty()) {
                    items.add(item);
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
        if (!item.isEmpty()) {
            items.add(item);
        }
        Map<String, QualifiedName> fromClause = i < t.size() && SelectTokens.lower(t.get(i)).equals("from")
                ? fromRelations(t, i + 1) : Map.of();
        List<Column> columns = new ArrayList<>();
        for (List<String> each : items) {
            if (!add(columns, each, fromClause, relations)) {
                return Optional.empty();
            }
        }
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    /**
     * The relations of the top-level FROM clause by the name the select list uses for them (alias, else table name),
     * in order; a sub-select or function in FROM is kept as a null relation, so that a bare {@code *} over it stays
     * unknown.
     */
    private static Map<String, QualifiedName> fromRelations(List<String> t, int from) {
        Map<String, QualifiedName> relations = new LinkedHashMap<>();
        int depth = 0;
        boolean expectRelation = true;
        int unnamed = 0;
        for (int i = from; i < t.size(); i++) {
            String tok = t.get(i);
            String word = SelectTokens.lower(tok);
            if (depth == 0 && END_OF_FROM.contains(word)) {
                break;
            }
            if (tok.equals("(")) {
                if (depth == 0 && expectRelation) {
                    relations.put("\u0000" + unnamed++, null);
                    expectRelation = false;
                }
                depth++;
                continue;
            }
            if (tok.equals(")")) {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (tok.equals(",") || word.equals("join")) {
                expectRelation = true;
                continue;
            }
            if (!expectRelation || !SelectTokens.isName(tok) || word.equals("only") || NOT_TABLE_ALIASES.contains(word)) {
                continue;
            }
            StringBuilder raw = new StringBuilder(tok);
            int last = i;
            while (last + 2 < t.size() && t.get(last + 1).equals(".") && SelectTokens.isName(t.get(last + 2))) {
                raw.append('.').append(t.get(last + 2));
                last += 2;
            }
            if (last + 1 < t.size() && t.get(last + 1).equals("(")) {
                relations.put("\u0000" + unnamed++, null); // a set-returning function
                expectRelation = false;
                i = last;
                continue;
            }
            QualifiedName relation = QualifiedName.parse(raw.toString());
            int aliasAt = last + 1 < t.size() && SelectTokens.lower(t.get(last + 1)).equals("as") ? last + 2 : last + 1;
            String alias = relation.name();
            if (aliasAt < t.size() && SelectTokens.isName(t.get(aliasAt)) && !NOT_TABLE_ALIASES.contains(SelectTokens.lower(t.get(aliasAt)))
                    && !END_OF_FROM.contains(SelectTokens.lower(t.get(aliasAt)))) {
                alias = Identifiers.normalize(t.get(aliasAt));
                last = aliasAt;
            }
            relations.put(alias, relation);
            expectRelation = false;
            i = last;
        }
        return relations;
    }

    /** Adds the item's column(s); false when the number of columns it stands for is unknown (a star not resolved). */
    private static boolean add(List<Column> columns, List<String> item, Map<String, QualifiedName> from,
            Relations relations) {
        int n = item.size();
        if (item.get(n - 1).equals("*")) {
            return addStar(columns, item, from, relations);
        }
        List<String> expr = item;
        String name = null;
        if (n >= 3 && SelectTokens.lower(item.get(n - 2)).equals("as")) {
            name = Identifiers.normalize(item.get(n - 1));
            expr = item.subList(0, n - 2);
        } else if (n >= 2 && SelectTokens.isName(item.get(n - 1)) && !NOT_ALIASES.contains(SelectTokens.lower(item.get(n - 1)))
                && (item.get(n - 2).equals(")") || SelectTokens.isName(item.get(n - 2)) && !KEYWORDS.contains(SelectTokens.lower(item.get(n - 2))))
                && !SelectTokens.lower(item.get(0)).equals("case")
                && !item.contains(":")) {
            name = Identifiers.normalize(item.get(n - 1)); // implicit alias: expr name
            expr = item.subList(0, n - 1);
        }
        int cast = expr.indexOf(":");
        List<String> ref = cast > 0 && cast + 1 < expr.size() && expr.get(cast + 1).equals(":") ? expr.subList(0, cast) : expr;
        if (name == null && isReference(ref)) {
            name = Identifiers.normalize(ref.get(ref.size() - 1));
        }
        String type = SelectItemTypes.castType(expr, cast);
        if (type == null) {
            type = isReference(expr) ? referenceType(expr, from, relations) : SelectItemTypes.valueType(expr);
        }
        columns.add(new Column(name, type));
        return true;
    }

    /** {@code *} (every FROM relation's columns, in order) or {@code alias.*}. */
    private static boolean addStar(List<Column> columns, List<String> item, Map<String, QualifiedName> from,
            Relations relations) {
        List<QualifiedName> expanded = new ArrayList<>();
        if (item.size() == 1) {
            expanded.addAll(from.values());
        } else if (item.size() >= 3 && item.get(item.size() - 2).equals(".")) {
            expanded.add(from.get(Identifiers.normalize(item.get(item.size() - 3))));
        }
        if (expanded.isEmpty()) {
            return false;
        }
        for (QualifiedName relation : expanded) {
            Optional<List<Column>> known = relation == null ? Optional.empty() : relations.columnsOf(relation);
            if (known.isEmpty()) {
                return false;
            }
            columns.addAll(known.get());
        }
        return true;
    }

    /** The type of {@code column} or {@code alias.column}: the one FROM relation that has the column. */
    private static String referenceType(List<String> ref, Map<String, QualifiedName> from, Relations relations) {
        String column = Identifiers.normalize(ref.get(ref.size() - 1));
        List<QualifiedName> candidates = new ArrayList<>();
        if (ref.size() == 1) {
            candidates.addAll(from.values());
        } else {
            candidates.add(from.get(Identifiers.normalize(ref.get(ref.size() - 3))));
        }
        String found = null;
        int matches = 0;
        for (QualifiedName relation : candidates) {
            if (relation == null) {
                return null; // a sub-select may have the column too
            }
            Optional<List<Column>> known = relations.columnsOf(relation);
            if (known.isEmpty()) {
                return null;
            }
            for (Column c : known.get()) {
                if (column.equals(c.name())) {
                    found = c.type();
                    matches++;
                }
            }
        }
        return matches == 1 ? found : null;
    }

    /** {@code name} or {@code a.b[.c]}. */
    private static boolean isReference(List<String> tokens) {
        if (tokens.isEmpty() || tokens.size() % 2 == 0) {
            return false;
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (k % 2 == 0 ? !SelectTokens.isName(tokens.get(k)) || SelectItemTypes.isKeywordValue(tokens.get(k))
                    || NOT_ALIASES.contains(SelectTokens.lower(tokens.get(k))) : !tokens.get(k).equals(".")) {
                return false;
            }
        }
        return true;
    }

}
