package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ConstraintState;

@RuleDefinition(id = "validate-in-same-transaction", level = Level.WARNING,
        summary = "VALIDATE CONSTRAINT in the same transaction as its NOT VALID add keeps the add's lock during the scan.")
public final class ValidateInSameTransaction implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.AlterTable at) || ctx.schema().isScanFree(at.table())) {
            return;
        }
        for (int i = 0; i < at.actions().size(); i++) {
            if (!(at.actions().get(i) instanceof AlterAction.ValidateConstraint vc)) {
                continue;
            }
            ConstraintDef added = addedEarlierInStatement(at, i, vc.name());
            if (added == null && ctx.transaction().inTransaction()) {
                ConstraintState state = ctx.schema().table(at.table()).flatMap(t -> t.constraint(vc.name())).orElse(null);
                if (state != null && !state.validated() && state.newInMigration()
                        && state.addedInTransaction() == ctx.transaction().transactionNumber()) {
                    added = state.definition();
                }
            }
            if (added != null) {
                report(ctx, at, vc.name(), added);
            }
        }
    }

    private static ConstraintDef addedEarlierInStatement(Statement.AlterTable at, int before, String name) {
        for (int j = 0; j < before; j++) {
            if (at.actions().get(j) instanceof AlterAction.AddConstraint ac && name.equals(ac.constraint().name())
                    && ac.constraint().notValid()) {
                return ac.constraint();
            }
        }
        return null;
    }

    private static void report(RuleContext ctx, Statement.AlterTable at, String name, ConstraintDef added) {
        RuleHelp help = RuleHelp.of("validate-in-same-transaction").with("table", at.table().sql())
                .with("name", Identifiers.quoteIfNeeded(name));
        if (added.kind() == ConstraintDef.Kind.FOREIGN_KEY) {
            help.why("FOREIGN KEY").with("referenced",
                    added.referencedTable() == null ? "the referenced table" : added.referencedTable().sql());
        }
        ctx.report("VALIDATE CONSTRAINT " + Names.quoted(name) + " runs in the same transaction that added it NOT VALID "
                + "on " + Names.quoted(at.table()), help.text());
    }
}
