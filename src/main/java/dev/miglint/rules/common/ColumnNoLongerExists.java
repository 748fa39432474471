package dev.miglint.rules.common;

import dev.miglint.dialect.DialectPhrases;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TriggerRead;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A statement that names a column which an earlier statement dropped or renamed away (and nothing added again since):
 * the database refuses it, so the deployment fails there. The column-level sibling of relation-no-longer-exists.
 */
@RuleDefinition(id = "column-no-longer-exists", level = Level.ERROR,
        summary = "A statement names a column that an earlier statement dropped or renamed away: it fails.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL}, downSteps = false,
        nestedStatements = false) // in a DO block or function body, a condition the model does not keep may guard it
public final class ColumnNoLongerExists implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Statement s = ctx.model();
        if (s instanceof Statement.AlterTable at) {
            // the actions run in order: one may drop or rename a column a later one names, or add one back
            Map<String, Optional<String>> inThisStatement = new HashMap<>();
            for (AlterAction action : at.actions()) {
                String named = namedColumn(action);
                if (named != null) {
                    Optional<String> how = inThisStatement.containsKey(named) ? inThisStatement.get(named)
                            : ctx.schema().goneColumn(at.table(), named);
                    if (how.isPresent()) {
                        report(ctx, at.table(), named, how.get());
                        return;
                    }
                }
                if (action instanceof AlterAction.DropColumn dc) {
                    inThisStatement.put(dc.column(), Optional.of("dropped"));
                } else if (action instanceof AlterAction.RenameColumn rc && !rc.from().equals(rc.to())) {
                    inThisStatement.put(rc.from(), Optional.of("renamed to " + rc.to()));
                    inThisStatement.put(rc.to(), Optional.empty());
                } else if (action instanceof AlterAction.AddColumn add) {
                    inThisStatement.put(add.column().name(), Optional.empty());
                }
            }
        } else if (s instanceof Statement.CreateIndex ci) {
            firstGone(ctx, ci.table(), ci.columns());
        } else if (s instanceof Statement.Insert insert) {
            if (insert.columns() == null || !firstGone(ctx, insert.table(), insert.columns())) {
                firedTriggers(ctx, insert.table(), "INSERT");
            }
        } else if (s instanceof Statement.Update u) {
            firedTriggers(ctx, u.table(), "UPDATE");
        } else if (s instanceof Statement.Delete d) {
            firedTriggers(ctx, d.table(), "DELETE");
        }
    }

    /** A write that fires a trigger whose function reads a column of the row that is gone: the trigger fails it. */
    private void firedTriggers(RuleContext ctx, QualifiedName table, String event) {
        if (table == null) {
            return;
        }
        for (TriggerRead read : ctx.schema().triggerReads(table)) {
            for (String field : read.fieldsReadOn(event)) {
                Optional<String> how = ctx.schema().goneColumn(table, field);
                if (how.isPresent()) {
                    String name = table.sql(ctx.dialect()) + "." + field;
                    ctx.report(switch (event) {
                        case "INSERT" -> "INSERT INTO ";
                        case "DELETE" -> "DELETE FROM ";
                        default -> "UPDATE ";
                    } + table.sql(ctx.dialect()) + " fires trigger " + read.trigger() + ", whose function "
                                    + read.function() + "() reads " + read.reference(field) + ", and column " + name
                                    + " was " + how.get() + " earlier: it fails with \"record \"" + read.record(field)
                                    + "\" has no field \"" + field + "\"\"",
                            RuleHelp.of(this).why("trigger").fix("trigger").with("column", name).with("how", how.get())
                                    .with("trigger", read.trigger()).with("function", read.function())
                                    .with("reference", read.reference(field)).text());
                    return;
                }
            }
        }
    }

    /** The existing column an ALTER TABLE action needs, or null (ADD COLUMN, IF EXISTS forms, table-level actions). */
    private static String namedColumn(AlterAction action) {
        if (action instanceof AlterAction.DropColumn dc) {
            return dc.ifExists() ? null : dc.column();
        } else if (action instanceof AlterAction.AlterColumnType act) {
            return act.redefinesColumn() ? null : act.column(); // MySQL MODIFY/CHANGE name the column too, but rarely wrong
        } else if (action instanceof AlterAction.SetNotNull sn) {
            return sn.column();
        } else if (action instanceof AlterAction.DropNotNull dn) {
            return dn.column();
        } else if (action instanceof AlterAction.SetDefault sd) {
            return sd.column();
        } else if (action instanceof AlterAction.DropDefault dd) {
            return dd.column();
        } else if (action instanceof AlterAction.RenameColumn rc) {
            return rc.from();
        }
        return null;
    }

    private boolean firstGone(RuleContext ctx, QualifiedName table, List<String> columns) {
        for (String column : columns) {
            Optional<String> how = ctx.schema().goneColumn(table, column);
            if (how.isPresent()) {
                report(ctx, table, column, how.get());
                return true;
            }
        }
        return false;
    }

    private void report(RuleContext ctx, QualifiedName table, String column, String how) {
        String name = table.sql(ctx.dialect()) + "." + column;
        ctx.report(Statements.label(ctx.model()) + " names column " + name + ", which an earlier statement " + how
                        + ": it fails with \"" + DialectPhrases.missingColumnError(ctx.dialect(), column) + "\"",
                RuleHelp.of(this).with("column", name).with("how", how).text());
    }
}
