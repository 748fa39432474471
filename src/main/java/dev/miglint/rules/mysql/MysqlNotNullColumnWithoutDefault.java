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
import dev.miglint.rules.RuleHelp;

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
                    RuleHelp.of(this).with("table", table).with("column", column).with("column_name", c.name())
                            .with("type", type).text());
        }
    }
}
