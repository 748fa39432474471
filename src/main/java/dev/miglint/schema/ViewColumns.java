package dev.miglint.schema;

import dev.miglint.model.Identifiers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which table columns a view definition reads, from its text: {@code alias.column} references resolved through the
 * FROM/JOIN aliases, unqualified names when the view reads a single table, and {@code *} / {@code alias.*}.
 * Deliberately conservative the other way round from a parser: a column is only counted when the text ties it to
 * the table, since a view joining several tables names columns of each.
 */
record ViewColumns(Map<String, Set<String>> columns, Set<String> allColumnsOf) {

    private static final Pattern STRING = Pattern.compile("'([^']|'')*'");
    private static final Pattern SOURCE = Pattern.compile(
            "(?i)\\b(?:from|join)\\s+((?:\"[^\"]+\"|[\\w$]+)(?:\\.(?:\"[^\"]+\"|[\\w$]+))?)(?:\\s+(?:as\\s+)?(\"[^\"]+\"|[\\w$]+))?");
    private static final Pattern QUALIFIED = Pattern.compile("(\"[^\"]+\"|[\\w$]+)\\.(\"[^\"]+\"|[\\w$]+|\\*)");
    private static final Pattern BARE_STAR = Pattern.compile("(?i)(\\bselect\\s+(?:distinct\\s+)?|,\\s*)\\*");
    private static final Set<String> NOT_ALIASES = Set.of("on", "where", "join", "left", "right", "inner", "outer",
            "full", "cross", "natural", "group", "order", "limit", "offset", "union", "using", "lateral", "having",
            "window", "except", "intersect", "fetch", "for", "with");

    static ViewColumns of(String definition) {
        String text = STRING.matcher(definition).replaceAll("''");
        int as = text.toLowerCase(Locale.ROOT).indexOf(" as ");
        String query = as >= 0 ? text.substring(as) : text;
        Map<String, String> tableOf = new HashMap<>();
        Matcher source = SOURCE.matcher(query);
        while (source.find()) {
            java.util.List<String> parts = Identifiers.splitQualified(source.group(1));
            String table = parts.get(parts.size() - 1);
            tableOf.put(table, table);
            String alias = source.group(2);
            if (alias != null && !NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT))) {
                tableOf.put(Identifiers.normalize(alias), table);
            }
        }
        Set<String> tables = new HashSet<>(tableOf.values());
        Map<String, Set<String>> columns = new HashMap<>();
        Set<String> all = new HashSet<>();
        Matcher qualified = QUALIFIED.matcher(query);
        while (qualified.find()) {
            String table = tableOf.get(Identifiers.normalize(qualified.group(1)));
            if (table == null) {
                continue;
            }
            if (qualified.group(2).equals("*")) {
                all.add(table);
            } else {
                columns.computeIfAbsent(table, k -> new HashSet<>()).add(Identifiers.normalize(qualified.group(2)));
            }
        }
        // a bare * with several tables (sub-selects, joins) cannot be tied to one of them from the text alone
        if (tables.size() == 1 && BARE_STAR.matcher(query).find()) {
            all.addAll(tables);
        }
        if (tables.size() == 1) {
            columns.computeIfAbsent(tables.iterator().next(), k -> new HashSet<>()).addAll(Identifiers.namesIn(query));
        }
        return new ViewColumns(columns, all);
    }

    boolean uses(String table, String column) {
        return allColumnsOf.contains(table) || columns.getOrDefault(table, Set.of()).contains(column);
    }

    /** PostgreSQL binds views to columns, not names: after a column rename the view reads the new name. */
    void renameColumn(String table, String from, String to) {
        Set<String> used = columns.get(table);
        if (used != null && used.remove(from)) {
            used.add(to);
        }
    }

    /** After a table rename the view reads the table under its new name. */
    void renameTable(String from, String to) {
        Set<String> used = columns.remove(from);
        if (used != null) {
            columns.put(to, used);
        }
        if (allColumnsOf.remove(from)) {
            allColumnsOf.add(to);
        }
    }
}
