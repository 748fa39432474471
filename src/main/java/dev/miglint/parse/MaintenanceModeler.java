package dev.miglint.parse;

import dev.miglint.model.Dialect;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** VACUUM, CLUSTER, LOCK TABLE(S), REINDEX and REFRESH MATERIALIZED VIEW. */
final class MaintenanceModeler {
    private MaintenanceModeler() {
    }

    static boolean handles(TokenCursor c) {
        return c.peekAnyWord("VACUUM", "CLUSTER", "LOCK", "REINDEX") || c.peekWords("REFRESH", "MATERIALIZED");
    }

    static Statement model(TokenCursor c, Dialect dialect) {
        if (c.acceptWords("VACUUM")) {
            return vacuum(c);
        }
        if (c.acceptWords("CLUSTER")) {
            c.acceptWords("VERBOSE");
            QualifiedName table = c.atEnd() ? null : c.qualifiedName();
            if (c.acceptWords("ON")) { // pre-8.3 form CLUSTER index ON table
                table = c.qualifiedName();
            }
            c.skipToEnd();
            return new Statement.Cluster(table);
        }
        if (c.acceptWords("LOCK")) {
            return dialect == Dialect.MYSQL ? mysqlLock(c) : lock(c);
        }
        if (c.acceptWords("REINDEX")) {
            return reindex(c);
        }
        c.expectWords("REFRESH", "MATERIALIZED", "VIEW");
        boolean concurrently = c.acceptWords("CONCURRENTLY");
        QualifiedName view = c.qualifiedName();
        c.skipToEnd();
        return new Statement.RefreshMaterializedView(view, concurrently);
    }

    private static Statement vacuum(TokenCursor c) {
        boolean full = false;
        if (c.peekKind(TokenKind.LPAREN)) {
            full = BooleanOptions.enabled(c.parenthesized(), "FULL");
        }
        while (c.acceptAnyWord("FULL", "FREEZE", "VERBOSE", "ANALYZE", "ANALYSE") != null) {
            full |= c.last().isWord(c.source(), "FULL");
        }
        List<QualifiedName> tables = c.atEnd() || c.peekWord("INTO") ? List.of() : c.qualifiedNameList();
        c.skipToEnd();
        return new Statement.Vacuum(full, tables);
    }

    private static Statement lock(TokenCursor c) {
        c.acceptAnyWord("TABLE", "TABLES");
        c.acceptWords("ONLY");
        List<QualifiedName> tables = c.qualifiedNameList();
        String mode = "ACCESS EXCLUSIVE";
        if (c.acceptWords("IN")) {
            int from = c.mark();
            c.skipPastTopLevelWord("MODE");
            mode = c.textBetween(from, c.mark() - 1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        }
        c.skipToEnd();
        return new Statement.LockTable(tables, mode);
    }

    /** {@code LOCK TABLES t1 [AS a] READ [LOCAL], t2 WRITE}: the mode is the first item's. */
    private static Statement mysqlLock(TokenCursor c) {
        c.acceptAnyWord("TABLE", "TABLES");
        List<QualifiedName> tables = new ArrayList<>();
        String mode = null;
        for (TokenCursor item : c.splitAtTopLevelCommas()) {
            tables.add(item.qualifiedName());
            item.acceptWords("AS");
            while (!item.atEnd() && !item.peekAnyWord("READ", "WRITE", "LOW_PRIORITY")) {
                item.next();
            }
            if (mode == null) {
                mode = item.restText().toUpperCase(Locale.ROOT);
            }
        }
        return new Statement.LockTable(tables, mode == null || mode.isEmpty() ? "WRITE" : mode);
    }

    private static Statement reindex(TokenCursor c) {
        boolean concurrently = false;
        if (c.peekKind(TokenKind.LPAREN)) {
            concurrently = BooleanOptions.enabled(c.parenthesized(), "CONCURRENTLY");
        }
        ObjectKind target = ObjectKind.OTHER;
        String word = c.acceptAnyWord("INDEX", "TABLE", "SCHEMA", "DATABASE", "SYSTEM");
        if (word != null && !word.equals("SYSTEM")) {
            target = ObjectKind.valueOf(word);
        }
        concurrently |= c.acceptWords("CONCURRENTLY");
        QualifiedName name = c.atEnd() ? null : c.qualifiedName();
        c.skipToEnd();
        return new Statement.Reindex(target, name, concurrently);
    }
}
