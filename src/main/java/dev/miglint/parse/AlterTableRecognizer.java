package dev.miglint.parse;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.DataType;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlExpr;
import dev.miglint.model.Statement.AlterTable;
import dev.miglint.scan.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code ALTER TABLE [IF EXISTS] [ONLY] name action [, action ...]}, every action of PostgreSQL, MySQL and SQLite. */
final class AlterTableRecognizer {

    private final ConstraintRecognizer constraints;
    private final ColumnDefinitionRecognizer columns;

    AlterTableRecognizer(ConstraintRecognizer constraints, ColumnDefinitionRecognizer columns) {
        this.constraints = constraints;
        this.columns = columns;
    }

    AlterTable recognize(TokenCursor c) {
        c.expectWords("ALTER");
        c.acceptWords("ONLINE"); // MySQL Cluster, MariaDB IGNORE
        c.acceptWords("IGNORE");
        c.expectWords("TABLE");
        boolean ifExists = c.acceptWords("IF", "EXISTS");
        boolean only = c.acceptWords("ONLY");
        QualifiedName table = c.qualifiedName();
        if (c.peekKind(TokenKind.OPERATOR) && c.peek().text(c.source()).equals("*")) {
            c.next();
        }
        List<AlterAction> actions = new ArrayList<>();
        if (!c.atEnd()) {
            for (TokenCursor action : c.splitAtTopLevelCommas()) {
                action(action, actions);
            }
        }
        return new AlterTable(table, ifExists, only, actions);
    }

    private void action(TokenCursor a, List<AlterAction> out) {
        int start = a.mark();
        if (a.acceptWords("ADD")) {
            add(a, out);
        } else if (a.acceptWords("DROP")) {
            out.add(drop(a));
        } else if (a.acceptWords("ALTER")) {
            out.add(alter(a));
        } else if (a.acceptWords("VALIDATE", "CONSTRAINT")) {
            out.add(new AlterAction.ValidateConstraint(a.identifier()));
        } else if (a.acceptWords("RENAME")) {
            out.add(rename(a));
        } else if (a.acceptWords("SET", "SCHEMA")) {
            out.add(new AlterAction.SetSchema(a.identifier()));
        } else if (a.acceptWords("SET", "TABLESPACE")) {
            out.add(new AlterAction.SetTablespace(a.identifier()));
        } else if (a.acceptWords("SET", "LOGGED")) {
            out.add(new AlterAction.SetLogged(true));
        } else if (a.acceptWords("SET", "UNLOGGED")) {
            out.add(new AlterAction.SetLogged(false));
        } else if (a.acceptWords("ATTACH", "PARTITION")) {
            out.add(new AlterAction.AttachPartition(a.qualifiedName()));
            a.skipToEnd();
        } else if (a.acceptWords("DETACH", "PARTITION")) {
            QualifiedName partition = a.qualifiedName();
            boolean concurrently = a.acceptWords("CONCURRENTLY");
            out.add(new AlterAction.DetachPartition(partition, concurrently, a.acceptWords("FINALIZE")));
        } else if (a.acceptWords("MODIFY")) {
            a.acceptWords("COLUMN");
            ColumnDefinitionRecognizer.Result r = columns.recognize(a);
            out.add(new AlterAction.AlterColumnType(r.column().name(), r.column().type(), null, r.column()));
        } else if (a.acceptWords("CHANGE")) {
            a.acceptWords("COLUMN");
            String from = a.identifier();
            ColumnDefinitionRecognizer.Result r = columns.recognize(a);
            if (!from.equals(r.column().name())) {
                out.add(new AlterAction.RenameColumn(from, r.column().name()));
            }
            out.add(new AlterAction.AlterColumnType(r.column().name(), r.column().type(), null, r.column()));
        } else if (a.peekAnyWord("ALGORITHM", "LOCK")) {
            String name = a.next().text(a.source()).toUpperCase(Locale.ROOT);
            a.acceptEquals();
            out.add(new AlterAction.TableOption(name, a.next().text(a.source()).toUpperCase(Locale.ROOT)));
        } else {
            out.add(other(a));
        }
        if (!a.atEnd()) {
            throw new NotRecognizedException("unexpected " + a.near() + " in ALTER TABLE action '" + a.textBetween(start, start + 3) + "...'");
        }
    }

    private static AlterAction.Other other(TokenCursor a) {
        String keyword = a.leadingWords(2);
        if (keyword.isEmpty()) {
            throw new NotRecognizedException("unknown ALTER TABLE action " + a.near());
        }
        String text = a.restText();
        a.skipToEnd();
        return new AlterAction.Other(keyword, text);
    }

    private void add(TokenCursor a, List<AlterAction> out) {
        if (ConstraintRecognizer.startsTableConstraint(a)) {
            out.add(new AlterAction.AddConstraint(constraints.tableConstraint(a)));
            return;
        }
        if (a.peekAnyWord("INDEX", "KEY", "FULLTEXT", "SPATIAL", "PARTITION")) {
            a.reset(a.mark() - 1);
            out.add(other(a));
            return;
        }
        a.acceptWords("COLUMN");
        boolean ifNotExists = a.acceptWords("IF", "NOT", "EXISTS");
        if (a.peekKind(TokenKind.LPAREN)) { // MySQL ADD [COLUMN] (a INT, b INT)
            for (TokenCursor def : a.parenthesized().splitAtTopLevelCommas()) {
                addColumn(def, ifNotExists, out);
            }
            return;
        }
        addColumn(a, ifNotExists, out);
    }

    private void addColumn(TokenCursor a, boolean ifNotExists, List<AlterAction> out) {
        ColumnDefinitionRecognizer.Result r = columns.recognize(a);
        out.add(new AlterAction.AddColumn(r.column(), ifNotExists));
        for (ConstraintDef inline : r.constraints()) {
            out.add(new AlterAction.AddConstraint(inline, true));
        }
    }

    private static AlterAction drop(TokenCursor a) {
        if (a.acceptWords("CONSTRAINT") || a.acceptWords("FOREIGN", "KEY") || a.acceptWords("CHECK")) {
            boolean ifExists = a.acceptWords("IF", "EXISTS");
            String name = a.identifier();
            return new AlterAction.DropConstraint(name, ifExists, dropBehaviour(a));
        }
        if (a.peekAnyWord("INDEX", "KEY", "PRIMARY", "PARTITION", "DEFAULT")) {
            a.reset(a.mark() - 1);
            return other(a);
        }
        a.acceptWords("COLUMN");
        boolean ifExists = a.acceptWords("IF", "EXISTS");
        String column = a.identifier();
        return new AlterAction.DropColumn(column, ifExists, dropBehaviour(a));
    }

    private static boolean dropBehaviour(TokenCursor a) {
        boolean cascade = a.acceptWords("CASCADE");
        a.acceptWords("RESTRICT");
        return cascade;
    }

    private AlterAction alter(TokenCursor a) {
        if (a.peekWord("CONSTRAINT")) {
            a.reset(a.mark() - 1);
            return other(a);
        }
        int start = a.mark() - 1;
        a.acceptWords("COLUMN");
        String column = a.identifier();
        if (a.acceptWords("TYPE") || a.acceptWords("SET", "DATA", "TYPE")) {
            int from = a.mark();
            while (!a.atEnd() && !a.peekAnyWord("USING", "COLLATE")) {
                a.skipItem();
            }
            DataType type = DataType.parse(a.textBetween(from, a.mark()));
            String collation = null;
            if (a.acceptWords("COLLATE")) {
                collation = a.qualifiedName().name();
            }
            SqlExpr using = null;
            if (a.acceptWords("USING")) {
                using = new SqlExpr(a.restText());
                a.skipToEnd();
            }
            return new AlterAction.AlterColumnType(column, type, using, null, collation);
        }
        if (a.acceptWords("TO")) { // libSQL: ALTER COLUMN c TO c new-definition
            ColumnDefinitionRecognizer.Result r = columns.recognize(a);
            return new AlterAction.AlterColumnType(r.column().name(), r.column().type(), null, r.column());
        }
        if (a.acceptWords("SET", "NOT", "NULL")) {
            return new AlterAction.SetNotNull(column);
        }
        if (a.acceptWords("DROP", "NOT", "NULL")) {
            return new AlterAction.DropNotNull(column);
        }
        if (a.acceptWords("SET", "DEFAULT")) {
            SqlExpr value = new SqlExpr(a.restText());
            a.skipToEnd();
            return new AlterAction.SetDefault(column, value);
        }
        if (a.acceptWords("DROP", "DEFAULT")) {
            return new AlterAction.DropDefault(column);
        }
        if (a.acceptWords("DROP", "IDENTITY")) {
            return new AlterAction.DropIdentity(column, a.acceptWords("IF", "EXISTS"));
        }
        if (a.acceptWords("ADD", "GENERATED")) {
            boolean always = a.acceptWords("ALWAYS");
            a.acceptWords("BY", "DEFAULT");
            a.expectWords("AS", "IDENTITY");
            boolean startWith = false;
            if (a.peekKind(TokenKind.LPAREN)) {
                TokenCursor options = a.parenthesized();
                while (!options.atEnd()) {
                    startWith |= options.acceptWords("START");
                    if (!options.atEnd()) {
                        options.skipItem();
                    }
                }
            }
            return new AlterAction.AddIdentity(column, always, startWith);
        }
        String keyword = "ALTER COLUMN " + a.leadingWords(2);
        a.reset(start);
        String text = a.restText();
        a.skipToEnd();
        return new AlterAction.Other(keyword.trim(), text);
    }

    private static AlterAction rename(TokenCursor a) {
        if (a.acceptWords("COLUMN")) {
            String from = a.identifier();
            a.expectWords("TO");
            return new AlterAction.RenameColumn(from, a.identifier());
        }
        if (a.acceptWords("CONSTRAINT")) {
            String from = a.identifier();
            a.expectWords("TO");
            return new AlterAction.RenameConstraint(from, a.identifier());
        }
        if (a.acceptAnyWord("TO", "AS") != null) {
            return new AlterAction.RenameTable(a.qualifiedName());
        }
        int start = a.mark();
        if (a.acceptAnyWord("INDEX", "KEY") != null) {
            // MySQL RENAME {INDEX|KEY} old TO new; but PostgreSQL RENAME key TO name renames a column called "key"
            boolean columnNamedLikeKeyword = a.peekAnyWord("TO");
            a.reset(start);
            if (!columnNamedLikeKeyword) {
                a.reset(start - 1);
                return other(a);
            }
        }
        QualifiedName name = a.qualifiedName();
        if (a.atEnd()) { // MySQL RENAME new_name
            return new AlterAction.RenameTable(name);
        }
        a.reset(start);
        String from = a.identifier(); // PostgreSQL allows RENAME [COLUMN] a TO b
        a.expectWords("TO");
        return new AlterAction.RenameColumn(from, a.identifier());
    }
}
