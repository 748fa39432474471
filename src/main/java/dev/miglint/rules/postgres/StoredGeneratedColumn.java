package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** ADD COLUMN ... GENERATED ALWAYS AS (...) STORED on an existing table. */
@RuleDefinition(id = "stored-generated-column", level = Level.ERROR,
        summary = "Adding a STORED generated column computes it for every row: the table is rewritten under an ACCESS EXCLUSIVE lock.")
public final class StoredGeneratedColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null || context.pgVersion() < 12) { // before 12 there are no generated columns: unsupported-on-pg-version
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            if (c.generated() != ColumnDef.Generated.STORED) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            String type = c.type() == null ? "<type>" : c.type().raw();
            String expr = c.defaultValue() == null ? "<expression>" : c.defaultValue().text().trim();
            context.report("ADD COLUMN " + column + " GENERATED ALWAYS AS (...) STORED rewrites existing table " + table
                            + " under an ACCESS EXCLUSIVE lock",
                    RuleHelp.of(this).with("table", table).with("column", column).with("type", type)
                            .with("expression", expr).text());
        }
    }
}
