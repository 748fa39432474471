package dev.miglint.rules.common;

import dev.miglint.dialect.postgres.CompatibilityView;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.dialect.DialectPhrases;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.RenameSwap;

/** ALTER TABLE ... RENAME TO (MySQL: RENAME TABLE) on a table the running application may use. */
@RuleDefinition(id = "rename-table", level = Level.ERROR,
        summary = "Renaming a table breaks application code that still uses the old name.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class RenameTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at) || context.schema().isNewTable(at.table())
                || context.schema().redefinition(context.statement()).isPresent()) {
            return; // renames inside a table redefinition leave the table under its old name
        }
        if (context.schema().isSequence(at.table())) {
            return; // ALTER TABLE on a sequence (Rails renames a serial's sequence so): defaults hold its OID, not its name
        }
        Dialect dialect = context.dialect();
        boolean inTransaction = context.transaction().inTransaction();
        for (AlterAction.TablePair rename : RenameSwap.tablePairs(at)) {
            boolean first = rename.from().sameObject(at.table());
            if (!first && context.schema().isNewTable(rename.from())) {
                continue;
            }
            if (RenameSwap.ofTable(context.statements(), context.statement(), rename.from(), rename.to(), inTransaction,
                    dialect)) {
                // t -> t_old and t_new -> t at once (pt-osc / gh-ost cut-over): the application's name stays
                QualifiedName copy = RenameSwap.unsyncedCopySwappedIn(context.statements(), context.statement(), rename.from());
                if (copy != null) {
                    String app = rename.from().sql(dialect);
                    String fresh = copy.sql(dialect);
                    context.report("Swapping " + fresh + " in for " + app + " loses the rows written to " + app
                                    + " after " + fresh + " was copied from it",
                            RuleHelp.of(this).why("swap loses writes").fix("swap loses writes").with("from", app)
                                    .with("copy", fresh).with("to", rename.to().sql(dialect)).text());
                }
                continue;
            }
            if (dialect == Dialect.POSTGRES && inTransaction && CompatibilityView.follows(context.statements(),
                    context.statement(), rename.from(), rename.to())) {
                continue; // the old name answers again at COMMIT, reads and writes through the updatable view
            }
            String from = rename.from().sql(dialect);
            String to = rename.to().sql(dialect);
            context.report("RENAME of existing table " + from + " to " + to
                            + " breaks application code that still uses " + from,
                    RuleHelp.of(this).with("from", from).with("to", to).with("bare_to", rename.to().name())
                            .with("missing_table_error", DialectPhrases.missingTableError(dialect, rename.from().name()))
                            .fix(switch (dialect) {
                                case POSTGRES -> null;
                                case MYSQL -> "MySQL";
                                case SQLITE -> "SQLite";
                            }).text());
        }
        for (AlterAction.SetSchema move : at.actions(AlterAction.SetSchema.class)) {
            String from = at.table().sql(dialect);
            String to = new QualifiedName(move.schema(), at.table().name()).sql(dialect);
            context.report("SET SCHEMA moves existing table " + from + " to " + to
                            + ", which breaks application code that still finds it as " + from,
                    RuleHelp.of(this).why("SET SCHEMA").fix("SET SCHEMA").with("from", from).with("to", to)
                            .with("schema", move.schema()).text());
        }
    }
}
