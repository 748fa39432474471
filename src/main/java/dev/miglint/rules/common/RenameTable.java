package dev.miglint.rules.common;

import dev.miglint.dialect.postgres.CompatibilityView;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.DialectPhrases;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
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
                            "Why: the INSERT ... SELECT copied a snapshot of " + app + "; the running application kept"
                                    + " writing to " + app + " until the rename, and nothing carried those writes to "
                                    + fresh + ", so they stay behind in " + rename.to().sql(dialect) + ".\n"
                                    + "Safe recipe: keep " + fresh + " in sync before copying (AFTER INSERT/UPDATE/DELETE"
                                    + " triggers on " + app + " that write to " + fresh + ", as pt-online-schema-change"
                                    + " does, or gh-ost), copy in chunks, then swap with one RENAME TABLE.");
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
                    "Why: application instances still running the previous release query " + from + " and fail ("
                            + DialectPhrases.missingTableError(dialect, rename.from().name()) + ") until they are redeployed.\n"
                            + recipe(dialect, from, to, rename.to().name()));
        }
        for (AlterAction.SetSchema move : at.actions(AlterAction.SetSchema.class)) {
            String from = at.table().sql(dialect);
            String to = new QualifiedName(move.schema(), at.table().name()).sql(dialect);
            context.report("SET SCHEMA moves existing table " + from + " to " + to
                            + ", which breaks application code that still finds it as " + from,
                    "Why: queries of the running release name the table unqualified (resolved through search_path)"
                            + " or in its old schema; after the move they fail with \"relation does not exist\".\n"
                            + "Safe recipe: in one transaction, ALTER TABLE " + from + " SET SCHEMA " + move.schema()
                            + "; CREATE VIEW " + from + " AS SELECT * FROM " + to + "; deploy code that uses " + to
                            + "; then DROP VIEW " + from + " in a later migration.");
        }
    }

    private static String recipe(Dialect dialect, String from, String to, String bareTo) {
        return switch (dialect) {
            case POSTGRES -> "Safe recipe: in one transaction, ALTER TABLE " + from + " RENAME TO " + bareTo
                    + "; CREATE VIEW " + from + " AS SELECT * FROM " + to + "; (a simple view is updatable, so"
                    + " old code keeps reading and writing through it); deploy code that uses " + to
                    + "; then DROP VIEW " + from + " in a later migration.";
            case MYSQL -> "Safe recipe: RENAME TABLE " + from + " TO " + to + "; CREATE VIEW " + from
                    + " AS SELECT * FROM " + to + "; right after it (a single-table view is updatable, so old code keeps"
                    + " reading and writing through it); deploy code that uses " + to + "; then DROP VIEW " + from
                    + " in a later migration.";
            case SQLITE -> "Safe recipe: deploy code that uses " + to + " before the old code stops, e.g. keep " + from
                    + " and add " + to + " as a new table written by both releases, or after the rename CREATE VIEW "
                    + from + " AS SELECT * FROM " + to + " (SQLite views are read-only: writes need INSTEAD OF"
                    + " triggers); drop the old name in a later migration.";
        };
    }
}
