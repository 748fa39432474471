package dev.miglint.schema;

import dev.miglint.model.Identifiers;
import dev.miglint.model.Dialect;
import dev.miglint.scan.Lexer;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which table columns a view definition reads, from its text: {@code alias.column} references resolved through the
 * FROM/JOIN aliases, unqualified names when the view reads a single table, and {@code *} / {@code alias.*}.
 * Deliberately conservative the other way round from a parser: a column is only counted when the text ties it to
 * the table, since a view joining several tables names columns of each.
 */
record ViewColumns(Map<String, Set<String>> columns, Set<String> allColumnsOf) {

    private static final Set<String> NOT_ALIASES = Set.of("on", "where", "join", "left", "right", "inner", "outer",
            "full", "cross", "natural", "group", "order", "limit", "offset", "union", "using", "lateral", "having",
            "window", "except", "intersect", "fetch", "for", "with");

    /**
     * Walks the scanner's tokens once: strings and comments are single tokens, so no quoted span or apostrophe in a
     * comment can make the work grow faster than the text or recurse per character.
     */
    static ViewColumns of(String definition) {
        List<Token> tokens = new ArrayList<>();
        for (Token token : Lexer.tokenize(definition, Dialect.POSTGRES).tokens()) {
            if (!token.isComment()) {
                tokens.add(token);
            }
        }
        int from = 0;
        while (from < tokens.size() && !tokens.get(from).isWord(definition, "AS")) {
            from++;
        }
        from = from < tokens.size() ? from : 0;
        Map<String, String> tableOf = new HashMap<>();
        for (int i = from; i + 1 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.isWord(definition, "FROM") && !t.isWord(definition, "JOIN") || !isName(tokens.get(i + 1))) {
                continue;
            }
            int last = i + 1;
            if (last + 2 < tokens.size() && tokens.get(last + 1).kind() == TokenKind.DOT && isName(tokens.get(last + 2))) {
                last += 2;
            }
            String table = Identifiers.normalize(tokens.get(last).text(definition));
            tableOf.put(table, table);
            int aliasAt = last + 1 < tokens.size() && tokens.get(last + 1).isWord(definition, "AS") ? last + 2 : last + 1;
            if (aliasAt < tokens.size() && isName(tokens.get(aliasAt))) {
                String alias = tokens.get(aliasAt).text(definition);
                if (!NOT_ALIASES.contains(alias.toLowerCase(Locale.ROOT))) {
                    tableOf.put(Identifiers.normalize(alias), table);
                }
            }
        }
        Set<String> tables = new HashSet<>(tableOf.values());
        Map<String, Set<String>> columns = new HashMap<>();
        Set<String> all = new HashSet<>();
        boolean bareStar = false;
        for (int i = from; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (isStar(definition, t) && i > 0 && (tokens.get(i - 1).kind() == TokenKind.COMMA
                    || tokens.get(i - 1).isWord(definition, "SELECT") || tokens.get(i - 1).isWord(definition, "DISTINCT"))) {
                bareStar = true;
            }
            if (!isName(t) || i + 2 >= tokens.size() || tokens.get(i + 1).kind() != TokenKind.DOT
                    || i > 0 && tokens.get(i - 1).kind() == TokenKind.DOT) {
                continue;
            }
            String table = tableOf.get(Identifiers.normalize(t.text(definition)));
            Token member = tokens.get(i + 2);
            if (table == null) {
                continue;
            }
            if (isStar(definition, member)) {
                all.add(table);
            } else if (isName(member)) {
                columns.computeIfAbsent(table, k -> new HashSet<>()).add(Identifiers.normalize(member.text(definition)));
            }
        }
        // a bare * with several tables (sub-selects, joins) cannot be tied to one of them from the text alone
        if (tables.size() == 1 && bareStar) {
            all.addAll(tables);
        }
        if (tables.size() == 1) {
            String query = from < tokens.size() ? definition.substring(tokens.get(from).start()) : definition;
            columns.computeIfAbsent(tables.iterator().next(), k -> new HashSet<>()).addAll(Identifiers.namesIn(query));
        }
        return new ViewColumns(columns, all);
    }

    private static boolean isName(Token token) {
        return token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED_IDENT;
    }

    private static boolean isStar(String text, Token token) {
        return token.kind() == TokenKind.OPERATOR && token.length() == 1 && text.charAt(token.start()) == '*';
    }

    boolean uses(String table, String column) {
        return allColumnsOf.contains(table) || columns.getOrDefault(table, Set.of()).contains(column);
    }

    /**
     * PostgreSQL binds views to columns, not names: after a column rename the view reads the new name. A new value,
     * never a change in place: a fork of the tracker (a down step's replay) shares this one with the history.
     */
    ViewColumns withColumnRenamed(String table, String from, String to) {
        Set<String> used = columns.get(table);
        if (used == null || !used.contains(from)) {
            return this;
        }
        Set<String> renamed = new HashSet<>(used);
        renamed.remove(from);
        renamed.add(to);
        Map<String, Set<String>> changed = new HashMap<>(columns);
        changed.put(table, renamed);
        return new ViewColumns(changed, allColumnsOf);
    }

    /** After a table rename the view reads the table under its new name (a new value, as above). */
    ViewColumns withTableRenamed(String from, String to) {
        if (!columns.containsKey(from) && !allColumnsOf.contains(from)) {
            return this;
        }
        Map<String, Set<String>> changed = new HashMap<>(columns);
        Set<String> used = changed.remove(from);
        if (used != null) {
            changed.put(to, used);
        }
        Set<String> all = new HashSet<>(allColumnsOf);
        if (all.remove(from)) {
            all.add(to);
        }
        return new ViewColumns(changed, all);
    }
}
