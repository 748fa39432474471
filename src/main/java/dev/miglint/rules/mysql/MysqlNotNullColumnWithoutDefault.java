package dev.miglint.rules.mysql;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/**
 * ADD COLUMN ... NOT NULL without a default on MySQL: the ALTER succeeds, but the running release's INSERTs that
 * do not name the column fail in strict mode.
 */
@RuleDefinition(id = "mysql-not-null-column-without-default", level = Level.ERROR,
        summary = "A NOT NULL column without a default makes the running release's INSERTs fail in strict mode.",
        dialects = {Dialect.MYSQL})
public final class MysqlNotNullColumnWithoutDefault implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        String table = at.table().sql(Dialect.MYSQL);
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            if (!c.requiresValueOnInsert()) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(c.name(), Dialect.MYSQL);
            String type = c.type() == null ? "<type>" : c.type().raw();
            context.report("ADD COLUMN " + column + " NOT NULL without a default breaks INSERTs into " + table
                            + " that do not name it",
                    "Why: MySQL fills existing rows with the type's implicit default (0, '' or the zero date) without"
                            + " telling anyone, and from then on every INSERT of the running release, which does not know "
                            + column + ", fails in strict mode with \"Field '" + c.name() + "' doesn't have a default value\".\n"
                            + "Safe recipe: ALTER TABLE " + table + " ADD COLUMN " + column + " " + type
                            + " NULL (or NOT NULL DEFAULT <value>); deploy code that writes it; backfill in batches; then make"
                            + " it NOT NULL in a later migration.");
        }
    }
}
