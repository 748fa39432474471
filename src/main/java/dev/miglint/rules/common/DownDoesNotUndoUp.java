package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;

/**
 * Statically compares an up step with its down step: what the up creates (table, column, index) the down
 * should drop, and what the up drops it should create again. Only checked when the down step exists, has
 * statements and all of them were understood (a missing or empty down is missing-down-migration's finding).
 */
@RuleDefinition(id = "down-does-not-undo-up", level = Level.NOTE,
        summary = "The down migration does not undo an object the up migration creates or drops.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL}, nestedStatements = false)
public final class DownDoesNotUndoUp implements Rule {

    @Override
    public void check(RuleContext context) {
        ParsedStatement statement = context.statement();
        if (!context.migration().supportsDown() || !context.migration().down().exists()) {
            return;
        }
        List<Statement> down = context.downStatements().stream().map(ParsedStatement::model).toList();
        if (down.isEmpty() || down.stream().anyMatch(s -> s instanceof Statement.Unparsed)) {
            return;
        }
        Statement up = statement.model();
        if (up instanceof Statement.CreateTable ct && !ct.temporary()) {
            if (!dropsTable(down, ct.table())) {
                report(context, "creates table " + ct.table().sql(), "drops it", "DROP TABLE " + ct.table().sql() + ";");
            }
        } else if (up instanceof Statement.CreateIndex ci && ci.name() != null) {
            if (!dropsIndex(down, ci.name()) && !dropsTable(down, ci.table())) {
                report(context, "creates index " + QualifiedName.of(ci.name()).sql(), "drops it",
                        "DROP INDEX " + QualifiedName.of(ci.name()).sql() + ";");
            }
        } else if (up instanceof Statement.AlterTable at) {
            for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
                String column = add.column().name();
                if (!dropsColumn(down, at.table(), column) && !dropsTable(down, at.table())) {
                    report(context, "adds column " + column + " to " + at.table().sql(), "drops it",
                            "ALTER TABLE " + at.table().sql() + " DROP COLUMN " + QualifiedName.of(column).sql() + ";");
                }
            }
            for (AlterAction.DropColumn drop : at.actions(AlterAction.DropColumn.class)) {
                if (!addsColumn(down, at.table(), drop.column())) {
                    report(context, "drops column " + drop.column() + " of " + at.table().sql(), "adds it back",
                            "ALTER TABLE " + at.table().sql() + " ADD COLUMN " + QualifiedName.of(drop.column()).sql() + " <type>;");
                }
            }
        } else if (up instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            for (QualifiedName table : d.names()) {
                if (!createsTable(down, table)) {
                    report(context, "drops table " + table.sql(), "creates it again", "CREATE TABLE " + table.sql() + " (...);");
                }
            }
        } else if (up instanceof Statement.DropIndex di) {
            for (QualifiedName index : di.indexes()) {
                if (!createsIndex(down, index.name())) {
                    report(context, "drops index " + index.sql(), "creates it again", "CREATE INDEX " + index.sql() + " ON ...;");
                }
            }
        }
    }

    private void report(RuleContext context, String what, String undo, String example) {
        context.report("the up migration " + what + ", but its down migration never " + undo,
                RuleHelp.of(this).with("example", example).text());
    }

    private static boolean dropsTable(List<Statement> down, QualifiedName table) {
        return down.stream().anyMatch(s -> s instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE
                && d.names().stream().anyMatch(table::sameObject));
    }

    private static boolean createsTable(List<Statement> down, QualifiedName table) {
        return down.stream().anyMatch(s -> s instanceof Statement.CreateTable ct && ct.table().sameObject(table)
                || s instanceof Statement.AlterTable at && at.actions(AlterAction.RenameTable.class).stream()
                        .anyMatch(r -> r.to().name().equals(table.name())));
    }

    private static boolean dropsIndex(List<Statement> down, String index) {
        return down.stream().anyMatch(s -> s instanceof Statement.DropIndex di
                && di.indexes().stream().anyMatch(ix -> ix.name().equals(index)));
    }

    private static boolean createsIndex(List<Statement> down, String index) {
        return down.stream().anyMatch(s -> s instanceof Statement.CreateIndex ci && index.equals(ci.name())
                || s instanceof Statement.AlterTable at && at.actions(AlterAction.AddConstraint.class).stream()
                        .anyMatch(c -> index.equals(c.constraint().name())));
    }

    private static boolean dropsColumn(List<Statement> down, QualifiedName table, String column) {
        return down.stream().anyMatch(s -> s instanceof Statement.AlterTable at && at.table().sameObject(table)
                && at.actions(AlterAction.DropColumn.class).stream().anyMatch(d -> d.column().equals(column)));
    }

    private static boolean addsColumn(List<Statement> down, QualifiedName table, String column) {
        return down.stream().anyMatch(s -> s instanceof Statement.AlterTable at && at.table().sameObject(table)
                && at.actions(AlterAction.AddColumn.class).stream().anyMatch(a -> a.column().name().equals(column))
                || s instanceof Statement.CreateTable ct && ct.table().sameObject(table)
                || s instanceof Statement.AlterTable at && at.actions(AlterAction.RenameTable.class).stream()
                        .anyMatch(r -> r.to().name().equals(table.name())));
    }
}
