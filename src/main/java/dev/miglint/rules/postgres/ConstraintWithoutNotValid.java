package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

@RuleDefinition(id = "constraint-without-not-valid", level = Level.ERROR,
        summary = "ADD FOREIGN KEY or CHECK on an existing table without NOT VALID validates every row under the lock.")
public final class ConstraintWithoutNotValid implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.AlterTable at) || ctx.schema().isScanFree(at.table())) {
            return;
        }
        for (AlterAction.AddConstraint ac : at.actions(AlterAction.AddConstraint.class)) {
            ConstraintDef c = ac.constraint();
            boolean fk = c.kind() == ConstraintDef.Kind.FOREIGN_KEY;
            if (!fk && c.kind() != ConstraintDef.Kind.CHECK || !StatementWork.validatesExistingRows(at, c)) {
                continue;
            }
            AlterAction.AddColumn inline = inlineColumn(at, c);
            report(ctx, at, c, fk, inline);
        }
    }

    /** The ADD COLUMN this constraint was written on (REFERENCES / CHECK inline), or null for ADD CONSTRAINT. */
    private static AlterAction.AddColumn inlineColumn(Statement.AlterTable at, ConstraintDef c) {
        if (c.columns().size() != 1 && c.kind() != ConstraintDef.Kind.CHECK) {
            return null;
        }
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            if (c.columns().contains(add.column().name())
                    || c.kind() == ConstraintDef.Kind.CHECK && c.columns().isEmpty() && c.checkExpression() != null
                    && mentions(c.checkExpression().text(), add.column().name())) {
                return add;
            }
        }
        return null;
    }

    private static boolean mentions(String expression, String column) {
        return java.util.regex.Pattern.compile("(?i)(^|[^\\w\"])\"?" + java.util.regex.Pattern.quote(column) + "\"?($|[^\\w\"])")
                .matcher(expression).find();
    }

    private static void report(RuleContext ctx, Statement.AlterTable at, ConstraintDef c, boolean fk, AlterAction.AddColumn inline) {
        String table = at.table().sql();
        String kind = fk ? "FOREIGN KEY" : "CHECK";
        String label = c.name() == null ? kind : Names.quoted(c.name()) + " (" + kind + ")";
        String lock = fk ? "SHARE ROW EXCLUSIVE" : "ACCESS EXCLUSIVE";
        String blocks = fk ? "INSERT, UPDATE and DELETE" : "all reads and writes";
        String message = (inline != null && c.name() == null ? "ADD COLUMN " + Names.quoted(inline.column().name()) + " with inline " + kind
                : "ADD CONSTRAINT " + label) + " on existing table " + Names.quoted(at.table())
                + " validates every row while holding " + lock;
        StringBuilder help = new StringBuilder();
        help.append("Adding a validated ").append(kind).append(" scans the whole table while holding ").append(lock)
                .append(" on ").append(table).append(" (").append(blocks).append(" wait)");
        if (fk && c.referencedTable() != null) {
            help.append(", and takes SHARE ROW EXCLUSIVE on the referenced table ").append(c.referencedTable().sql())
                    .append(" (writes to it wait too)");
        }
        help.append(".\n");
        String name = c.name() != null ? Identifiers.quoteIfNeeded(c.name())
                : Identifiers.quoteIfNeeded(at.table().name() + "_" + String.join("_", c.columns())
                        + (fk ? "_fkey" : "_check"));
        String definition = fk
                ? "FOREIGN KEY (" + String.join(", ", c.columns().stream().map(Identifiers::quoteIfNeeded).toList())
                        + ") REFERENCES " + (c.referencedTable() == null ? "..." : c.referencedTable().sql())
                        + (c.referencedColumns().isEmpty() ? "" : " (" + String.join(", ",
                                c.referencedColumns().stream().map(Identifiers::quoteIfNeeded).toList()) + ")")
                : "CHECK (" + (c.checkExpression() == null ? "..." : c.checkExpression().text()) + ")";
        if (inline != null) {
            help.append("Add the column without the constraint, then add the constraint separately:\n");
        } else {
            help.append("Add it without the scan, then validate it separately:\n");
        }
        help.append("    ALTER TABLE ").append(table).append(" ADD CONSTRAINT ").append(name).append(' ')
                .append(definition).append(" NOT VALID;\n")
                .append("and in a later migration (its own transaction):\n")
                .append("    ALTER TABLE ").append(table).append(" VALIDATE CONSTRAINT ").append(name).append(";\n")
                .append("NOT VALID checks new rows at once; VALIDATE scans the old rows under SHARE UPDATE EXCLUSIVE, "
                        + "which blocks neither reads nor writes.");
        String message2 = message;
        if (inline == null && at.actions().size() == 1) {
            int end = ctx.statement().tokens().contentEnd();
            if (end > 0) {
                ctx.report(message2, help.toString(), Fix.insertAt(ctx.statement(), end, "Append NOT VALID", " NOT VALID"));
                return;
            }
        }
        ctx.report(message2, help.toString());
    }
}
