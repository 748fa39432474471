package dev.miglint.rules.postgres;

import dev.miglint.model.Span;
import dev.miglint.model.TransactionHandoff;
import dev.miglint.rules.Level;
import dev.miglint.rules.MigrationContext;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** A BEGIN with no COMMIT or ROLLBACK by the end of the migration file. */
@RuleDefinition(id = "unclosed-transaction", level = Level.ERROR,
        summary = "A transaction opened with BEGIN is not committed by the end of the migration file.")
public final class UnclosedTransaction implements Rule {

    @Override
    public void finishMigration(MigrationContext context) {
        Span begin = context.transaction().explicitTransactionStart();
        if (begin == null) {
            return;
        }
        boolean wrapped = Boolean.TRUE.equals(context.migration().runsInTransaction())
                || context.settings().assumeInTransaction();
        if (wrapped && TransactionHandoff.handsBack(context.statements())) {
            return; // COMMIT ... BEGIN: the framework's COMMIT closes the transaction this BEGIN reopened
        }
        context.report(begin, "BEGIN is never committed: the migration file ends with its transaction still open",
                RuleHelp.of(this).text());
    }
}
