package dev.miglint.parse;

import dev.miglint.model.JoinedTables;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Identifiers;
import dev.miglint.model.WhereClause;
import dev.miglint.scan.Token;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** INSERT, UPDATE and DELETE (also after a WITH list) from tokens: the table and what rules ask of it. */
final class DmlModeler {
    private DmlModeler() {
    }

    static boolean handles(TokenCursor c) {
        return c.peekAnyWord("INSERT", "REPLACE", "UPSERT", "UPDATE", "DELETE", "WITH");
    }

    static Statement model(TokenCursor c) {
        if (c.acceptWords("WITH")) {
            skipCommonTableExpressions(c);
            if (!c.peekAnyWord("INSERT", "REPLACE", "UPDATE", "DELETE")) {
                c.skipToEnd();
                return new Statement.Other("SELECT");
            }
        }
        if (c.acceptAnyWord("INSERT", "REPLACE", "UPSERT") != null) {
            return insert(c);
        }
        if (c.acceptWords("UPDATE")) {
            skipModifiers(c);
            c.acceptWords("ONLY");
            QualifiedName table = c.qualifiedName();
            JoinedTables joined = joinedTables(c, "SET", "FROM");
            WhereClause where = where(c);
            return new Statement.Update(table, where != null, where, joined);
        }
        c.expectWords("DELETE");
        skipModifiers(c);
        if (c.acceptWords("FROM")) {
            c.acceptWords("ONLY");
        }
        QualifiedName table = c.qualifiedName();
        JoinedTables joined = joinedTables(c, null, "USING");
        WhereClause where = where(c);
        return new Statement.Delete(table, where != null, where, joined);
    }

    /**
     * Reads the target's alias (just after its name, before {@code next}) and the plain tables of a top-level
     * {@code listWord} list (FROM of UPDATE, USING of DELETE) up to the WHERE; a subquery or JOIN in the list is
     * left out. Leaves the cursor where it was.
     */
    private static JoinedTables joinedTables(TokenCursor c, String next, String listWord) {
        int start = c.mark();
        try {
            String alias = alias(c, next);
            int list = c.indexOfTopLevelWord(listWord);
            if (list < 0) {
                return new JoinedTables(alias, Map.of());
            }
            int where = c.indexOfTopLevelWord("WHERE");
            Map<String, QualifiedName> tables = new HashMap<>();
            for (TokenCursor item : c.range(list + 1, where < 0 ? c.endMark() : where).splitAtTopLevelCommas()) {
                if (!item.peekIdentifier()) {
                    continue;
                }
                item.acceptWords("ONLY");
                QualifiedName joined = item.qualifiedName();
                String name = alias(item, null);
                if (item.atEnd()) {
                    tables.put(name == null ? joined.name() : name, joined);
                }
            }
            return new JoinedTables(alias, tables);
        } catch (NotRecognizedException e) {
            return JoinedTables.NONE;
        } finally {
            c.reset(start);
        }
    }

    /** {@code [AS] alias}, unless the next word is {@code keyword}; null without one. */
    private static String alias(TokenCursor c, String keyword) {
        if (c.acceptWords("AS")) {
            return c.identifier();
        }
        if (c.peekIdentifier() && (keyword == null || !c.peekWord(keyword))
                && !c.peekAnyWord("USING", "WHERE", "SET", "RETURNING", "FROM", "JOIN", "INNER", "LEFT", "RIGHT", "CROSS",
                        "FULL", "NATURAL", "STRAIGHT_JOIN", "PARTITION")) {
            return c.identifier();
        }
        return null;
    }

    /**
     * Only a top-level WHERE filters the statement's own rows; one inside a subquery or CTE does not. The
     * condition ends at a top-level RETURNING, ORDER BY or LIMIT (MySQL). Null without a WHERE.
     */
    private static WhereClause where(TokenCursor c) {
        int where = c.indexOfTopLevelWord("WHERE");
        if (where < 0) {
            c.skipToEnd();
            return null;
        }
        c.reset(where + 1);
        int stop = c.endMark();
        for (String word : new String[] {"RETURNING", "ORDER", "LIMIT"}) {
            int i = c.indexOfTopLevelWord(word);
            if (i >= 0 && i < stop) {
                stop = i;
            }
        }
        WhereClause clause = WhereClauseReader.read(c.range(where + 1, stop));
        c.skipToEnd();
        return clause;
    }

    private static void skipCommonTableExpressions(TokenCursor c) {
        c.acceptWords("RECURSIVE");
        do {
            c.identifier();
            c.skipOptionalParens();
            c.expectWords("AS");
            c.acceptWords("NOT");
            c.acceptWords("MATERIALIZED");
            c.parenthesized();
        } while (c.accept(TokenKind.COMMA));
    }

    /** MySQL {@code LOW_PRIORITY}, {@code IGNORE}, ...; SQLite {@code OR REPLACE}. */
    private static void skipModifiers(TokenCursor c) {
        while (c.acceptAnyWord("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "QUICK", "IGNORE") != null) {
            // keep skipping
        }
        if (c.acceptWords("OR")) {
            c.next();
        }
    }

    private static Statement insert(TokenCursor c) {
        skipModifiers(c);
        c.acceptWords("INTO");
        QualifiedName table = c.qualifiedName();
        if (c.acceptWords("AS")) {
            c.identifier();
        }
        List<String> columns = List.of();
        if (c.peekKind(TokenKind.LPAREN) && !c.peekAnyWordAt(1, "SELECT", "WITH")) {
            columns = columnList(c.parenthesized());
        }
        boolean wrapped = c.accept(TokenKind.LPAREN);
        boolean fromSelect = c.peekAnyWord("SELECT", "WITH", "TABLE");
        Statement.SelectSource source = null;
        if (c.peekWord("SELECT")) {
            source = selectSource(c, wrapped);
        }
        c.skipToEnd();
        return new Statement.Insert(table, fromSelect, columns, source);
    }

    private static List<String> columnList(TokenCursor inside) {
        List<String> names = new ArrayList<>();
        for (TokenCursor item : inside.splitAtTopLevelCommas()) {
            if (!item.peekIdentifier()) {
                return List.of();
            }
            names.add(item.identifier());
        }
        return names;
    }

    /**
     * {@code SELECT [DISTINCT] list FROM table ...}: the first FROM table and the identifiers the select list
     * names; null when the source is not a plain table (a subquery, VALUES, no FROM).
     */
    static Statement.SelectSource selectSource(TokenCursor c, boolean wrapped) {
        c.expectWords("SELECT");
        c.acceptAnyWord("DISTINCT", "ALL");
        int listStart = c.mark();
        int from = c.indexOfTopLevelWord("FROM");
        if (from < 0) {
            return null;
        }
        Set<String> identifiers = new HashSet<>();
        boolean star = false;
        while (c.mark() < from) {
            Token t = c.next();
            String text = t.text(c.source());
            if (t.kind() == TokenKind.OPERATOR && text.equals("*")) {
                Token before = c.mark() - 2 >= listStart ? previous(c) : null;
                star |= before == null || before.kind() == TokenKind.COMMA || before.kind() == TokenKind.DOT;
            } else if (t.kind() == TokenKind.WORD || t.kind() == TokenKind.QUOTED_IDENT) {
                identifiers.add(Identifiers.normalize(text));
            }
        }
        int items = c.range(listStart, from).splitAtTopLevelCommas().size();
        c.expectWords("FROM");
        if (!c.peekIdentifier()) {
            return null;
        }
        QualifiedName table = c.qualifiedName();
        boolean narrowed = c.peekKind(TokenKind.COMMA);
        for (String word : new String[] {"JOIN", "LIMIT", "FETCH", "UNION", "INTERSECT", "EXCEPT", "GROUP", "OFFSET"}) {
            narrowed |= c.hasTopLevelWord(word);
        }
        int whereAt = c.indexOfTopLevelWord("WHERE");
        WhereClause where = null;
        if (whereAt >= 0) {
            int stop = c.endMark();
            for (String word : new String[] {"ORDER", "LIMIT", "FOR", "LOCK", "ON", "RETURNING", "GROUP"}) {
                int i = c.indexOfTopLevelWord(word);
                if (i > whereAt && i < stop) {
                    stop = i;
                }
            }
            where = WhereClauseReader.read(c.range(whereAt + 1, stop));
        }
        return new Statement.SelectSource(table, identifiers, star, items, where, narrowed);
    }

    private static Token previous(TokenCursor c) {
        int here = c.mark();
        c.reset(here - 2);
        Token t = c.peek();
        c.reset(here);
        return t;
    }
}
