package dev.miglint.dialect.sqlite;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstantLiteral;
import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.SqlExpr;
import dev.miglint.model.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * What SQLite's ALTER TABLE accepts: one action per statement, and only RENAME TO, RENAME COLUMN (3.25+),
 * ADD COLUMN and DROP COLUMN (3.35+); libSQL adds {@code ALTER COLUMN c TO c definition}. Also the
 * constant-default test ADD COLUMN applies (the value SQLite can compute without a row).
 */
public final class SqliteAlterTable {
    private SqliteAlterTable() {
    }

    /**
     * True when SQLite can add a column with this default to a table with rows: a constant literal
     * ({@link ConstantLiteral}). CURRENT_TIMESTAMP, function calls and other expressions are "non-constant" and refused.
     */
    public static boolean isConstantDefault(SqlExpr value) {
        return ConstantLiteral.is(value);
    }

    /**
     * The actions of this ALTER TABLE that SQLite at {@code version} refuses, as short descriptions such as
     * {@code "ALTER COLUMN email TYPE"}; a second action in one statement is refused too. Inline constraints
     * of an ADD COLUMN (lifted by the parser to AddConstraint actions) belong to that column.
     */
    public static List<String> unsupportedActions(Statement.AlterTable at, SqliteVersion version) {
        List<String> out = new ArrayList<>();
        int actions = 0;
        String lastAdded = null;
        for (AlterAction a : at.actions()) {
            if (a instanceof AlterAction.AddConstraint ac && lastAdded != null
                    && ac.constraint().columns().equals(List.of(lastAdded))) {
                continue; // an inline REFERENCES/CHECK/UNIQUE of the column just added
            }
            actions++;
            lastAdded = a instanceof AlterAction.AddColumn add ? add.column().name() : null;
            String problem = problem(a, version);
            if (problem != null) {
                out.add(problem);
            }
        }
        if (actions > 1) {
            out.add(actions + " actions in one ALTER TABLE (SQLite takes one)");
        }
        return out;
    }

    private static String problem(AlterAction a, SqliteVersion version) {
        if (a instanceof AlterAction.AddColumn add && add.column().generated() == ColumnDef.Generated.STORED) {
            // "cannot add a STORED column": only VIRTUAL generated columns can be added
            return "ADD COLUMN " + Identifiers.quoteIfNeeded(add.column().name()) + " GENERATED ... STORED";
        }
        if (a instanceof AlterAction.AddColumn || a instanceof AlterAction.RenameTable) {
            return null;
        }
        if (a instanceof AlterAction.RenameColumn rc) {
            return version.atLeast(SqliteVersion.RENAME_COLUMN) ? null
                    : "RENAME COLUMN " + Identifiers.quoteIfNeeded(rc.from()) + " (needs SQLite 3.25)";
        }
        if (a instanceof AlterAction.DropColumn dc) {
            return version.atLeast(SqliteVersion.DROP_COLUMN) ? null
                    : "DROP COLUMN " + Identifiers.quoteIfNeeded(dc.column()) + " (needs SQLite 3.35)";
        }
        if (a instanceof AlterAction.AlterColumnType act) {
            return act.redefinesColumn() ? null // libSQL ALTER COLUMN c TO c definition
                    : "ALTER COLUMN " + Identifiers.quoteIfNeeded(act.column()) + " TYPE";
        }
        if (a instanceof AlterAction.SetNotNull sn) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(sn.column()) + " SET NOT NULL";
        }
        if (a instanceof AlterAction.DropNotNull dn) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(dn.column()) + " DROP NOT NULL";
        }
        if (a instanceof AlterAction.SetDefault sd) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(sd.column()) + " SET DEFAULT";
        }
        if (a instanceof AlterAction.DropDefault dd) {
            return "ALTER COLUMN " + Identifiers.quoteIfNeeded(dd.column()) + " DROP DEFAULT";
        }
        if (a instanceof AlterAction.AddConstraint ac) {
            return "ADD " + ac.constraint().kind().name().replace('_', ' ')
                    + (ac.constraint().name() != null ? " " + Identifiers.quoteIfNeeded(ac.constraint().name()) : "");
        }
        if (a instanceof AlterAction.DropConstraint dc) {
            return "DROP CONSTRAINT " + Identifiers.quoteIfNeeded(dc.name());
        }
        if (a instanceof AlterAction.RenameConstraint rc) {
            return "RENAME CONSTRAINT " + Identifiers.quoteIfNeeded(rc.from());
        }
        if (a instanceof AlterAction.Other o) {
            return o.keyword();
        }
        return a.getClass().getSimpleName();
    }

    /**
     * The name of the new copy in the table redefinition of the SQLite manual (section 7 of "ALTER TABLE"), whose
     * recipe is the shared help fragment {@code rules/shared/sqlite-table-redefinition.md}.
     */
    public static String redefinitionCopyName(QualifiedName table) {
        return Identifiers.quoteIfNeeded("new_" + table.name());
    }
}
