package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.AddedConstraint;
import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

@RuleDefinition(id = "constraint-without-not-valid", level = Level.ERROR,
        summary = "ADD FOREIGN KEY or CHECK on an existing table without NOT VALID validates every row under the lock.")
public final class ConstraintWithoutNotValid implements Rule {

    @Override
    public void check(RuleContext ctx) {
        for (AddedConstraint added : AddedConstraint.onTableWithRows(ctx.model(), ctx.schema())) {
            ConstraintDef c = added.constraint();
            boolean fk = c.kind() == ConstraintDef.Kind.FOREIGN_KEY;
            if (!fk && c.kind() != ConstraintDef.Kind.CHECK || !StatementWork.validatesExistingRows(added.alter(), c)) {
                continue;
            }
            report(ctx, added, fk, inlineColumn(added.alter(), c));
        }
    }

    /** The ADD COLUMN this constraint was written on (REFERENCES / CHECK inline), or null for ADD CONSTRAINT. */
    private static AlterAction.AddColumn inlineColumn(Statement.AlterTable at, ConstraintDef c) {
        if (c.columns().size() != 1 && c.kind() != ConstraintDef.Kind.CHECK) {
            return null;
        }
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            if (c.readsColumn(add.column().name())) {
                return add;
            }
        }
        return null;
    }

    private static void report(RuleContext ctx, AddedConstraint added, boolean fk, AlterAction.AddColumn inline) {
        Statement.AlterTable at = added.alter();
        ConstraintDef c = added.constraint();
        String kind = added.kindSql();
        String lock = fk ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE";
        String message = (inline != null && c.name() == null ? "ADD COLUMN " + Names.quoted(inline.column().name())
                + " with inline " + kind : "ADD CONSTRAINT " + added.label()) + " on existing table "
                + Names.quoted(at.table()) + " validates every row while holding " + lock;
        RuleHelp help = RuleHelp.of("constraint-without-not-valid").with("table", at.table().sql())
                .with("name", added.nameOrDefault()).with("definition", definition(c));
        if (fk) {
            help.why("FOREIGN KEY").with("referenced", c.referencedTable() == null ? "..." : c.referencedTable().sql());
        }
        if (inline != null) {
            help.fix("inline on ADD COLUMN");
        }
        if (inline == null && at.actions().size() == 1) {
            int end = ctx.statement().tokens().contentEnd();
            if (end > 0) {
                ctx.report(message, help.text(), Fix.insertAt(ctx.statement(), end, "Append NOT VALID", " NOT VALID"));
                return;
            }
        }
        ctx.report(message, help.text());
    }

    /** The constraint as the recipe re-adds it: its FOREIGN KEY ... REFERENCES or CHECK (...) clause. */
    private static String definition(ConstraintDef c) {
        if (c.kind() != ConstraintDef.Kind.FOREIGN_KEY) {
            return "CHECK (" + (c.checkExpression() == null ? "..." : c.checkExpression().text()) + ")";
        }
        return "FOREIGN KEY (" + String.join(", ", c.columns().stream().map(Identifiers::quoteIfNeeded).toList())
                + ") REFERENCES " + (c.referencedTable() == null ? "..." : c.referencedTable().sql())
                + (c.referencedColumns().isEmpty() ? "" : " (" + String.join(", ",
                        c.referencedColumns().stream().map(Identifiers::quoteIfNeeded).toList()) + ")");
    }
}
