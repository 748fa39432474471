package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteAlterTable;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.SqliteForeignKeys;
import java.util.List;

/**
 * ADD COLUMN ... REFERENCES t(x) with a non-NULL DEFAULT while {@code PRAGMA foreign_keys = ON}: SQLite refuses it
 * ("Cannot add a REFERENCES column with non-NULL default value"), whether the table has rows or not.
 */
@RuleDefinition(id = "sqlite-add-references-column-with-default", level = Level.ERROR,
        summary = "With foreign keys on, SQLite cannot add a REFERENCES column whose default is not NULL.",
        dialects = {Dialect.SQLITE})
public final class SqliteAddReferencesColumnWithDefault implements Rule {
    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at)) {
            return;
        }
        boolean foreignKeysOn = context.transaction().setting("foreign_keys").map(SqliteForeignKeys::turnsOn).orElse(false);
        if (!foreignKeysOn) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
            ColumnDef c = add.column();
            if (c.defaultValue() == null || c.defaultValue().isNullLiteral()) {
                continue;
            }
            ConstraintDef fk = at.actions(AlterAction.AddConstraint.class).stream().map(AlterAction.AddConstraint::constraint)
                    .filter(k -> k.kind() == ConstraintDef.Kind.FOREIGN_KEY && k.columns().equals(List.of(c.name())))
                    .findFirst().orElse(null);
            if (fk == null) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(c.name());
            String parent = fk.referencedTable() == null ? "the parent table" : fk.referencedTable().sql();
            String type = c.type() == null ? "" : " " + c.type().raw();
            context.report("ADD COLUMN " + column + " REFERENCES " + parent + " DEFAULT " + c.defaultValue().text().trim()
                            + " fails: with foreign keys on, SQLite cannot add a REFERENCES column with a non-NULL default",
                    RuleHelp.of(this).with("table", table).with("parent", parent).with("column", column)
                            .with("type", type.replace(" NOT NULL", "")).with("default", c.defaultValue().text().trim())
                            .with("referenced", parent + (fk.referencedColumns().isEmpty() ? "" : " (" + String.join(", ",
                                    fk.referencedColumns().stream().map(Identifiers::quoteIfNeeded).toList()) + ")"))
                            .with("new_table", SqliteAlterTable.redefinitionCopyName(at.table())).text());
        }
    }
}
