package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteVersion;
import dev.miglint.model.Dialect;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.schema.SqliteForeignKeys;
import dev.miglint.schema.TableRedefinition;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The DROP of the old copy in a SQLite table redefinition of a table other tables reference. With foreign keys
 * enforced, the DROP deletes every row first (fails on a referencing row, or cascades its ON DELETE action);
 * after a rename-away, the children were re-pointed to the old copy and dangle once it is dropped.
 */
@RuleDefinition(id = "sqlite-drop-referenced-table", level = Level.ERROR,
        summary = "Dropping the old copy of a table other tables reference fails, cascades, or leaves their foreign keys dangling.",
        dialects = {Dialect.SQLITE})
public final class SqliteDropReferencedTable implements Rule {

    @Override
    public void check(RuleContext context) {
        Optional<TableRedefinition> r = context.schema().redefinition(context.statement());
        if (!(context.model() instanceof Statement.Drop d) || d.kind() != ObjectKind.TABLE || r.isEmpty()
                || r.get().role() != TableRedefinition.Role.DROP_OLD || context.schema().isNewTable(r.get().table())
                        && context.schema().isNewTable(r.get().oldTable())) {
            return;
        }
        QualifiedName table = r.get().table();
        boolean renamedAway = !r.get().oldTable().sameObject(table);
        List<QualifiedName> children = context.schema().tablesReferencing(table).stream()
                .filter(c -> !c.sameObject(r.get().oldTable())).toList();
        if (children.isEmpty()) {
            return;
        }
        String names = children.stream().map(QualifiedName::sql).collect(Collectors.joining(", "));
        String old = r.get().oldTable().sql();
        SqliteForeignKeys enforcement = SqliteForeignKeys.at(context.transaction());
        // before 3.26, or with legacy_alter_table, a rename re-points the children only while foreign keys are on
        boolean legacyRename = !context.sqliteVersion().atLeast(SqliteVersion.RENAME_CHECKS_SCHEMA)
                || context.transaction().setting("legacy_alter_table").filter(v -> v.equals("on")
                        || v.equals("1") || v.equals("true")).isPresent();
        String recipe = "Fix: build the new table under a new name, copy the rows, DROP TABLE " + table.sql()
                + " and ALTER TABLE new_" + table.name() + " RENAME TO " + table.sql()
                + " (the children's REFERENCES " + table.sql() + " then name the new table), with PRAGMA foreign_keys = OFF"
                + " run before the transaction opens (it is a no-op inside one) and PRAGMA foreign_key_check before COMMIT.";
        if (renamedAway && (!legacyRename || enforcement == SqliteForeignKeys.ON)) {
            context.report("DROP TABLE " + old + " leaves the foreign keys of " + names + " pointing at a dropped table",
                    "Why: ALTER TABLE " + table.sql() + " RENAME TO " + old + " re-pointed the REFERENCES clauses of " + names
                            + " to " + old + " (SQLite 3.26+ rewrites them whatever foreign_keys says), not to the new "
                            + table.sql() + ". "
                            + (enforcement == SqliteForeignKeys.ON
                                    ? "With foreign keys enforced, this DROP first deletes every row of " + old
                                            + ": it fails on the first referencing row (\"FOREIGN KEY constraint failed\") or"
                                            + " runs the children's ON DELETE action. "
                                    : "")
                            + "Once " + old + " is gone, every insert or update of " + names
                            + " fails with \"no such table: main." + r.get().oldTable().name()
                            + "\" wherever foreign keys are on.\n" + recipe);
        } else if (!renamedAway && enforcement == SqliteForeignKeys.ON) {
            boolean ignored = SqliteForeignKeys.offIgnored(context.transaction());
            context.report("DROP TABLE " + table.sql() + " with foreign keys enforced deletes its rows first: it fails on rows of "
                            + names + " that reference it, or cascades to them",
                    "Why: " + (ignored
                            ? "PRAGMA foreign_keys = OFF ran inside a transaction (the framework's or a BEGIN), where SQLite"
                                    + " ignores it, so foreign keys are still enforced. "
                            : "foreign keys are enforced (PRAGMA foreign_keys = ON earlier in this migration). ")
                            + "DROP TABLE then runs an implicit DELETE FROM " + table.sql() + ": a row of " + names
                            + " that references it makes the DROP fail (\"FOREIGN KEY constraint failed\"), or its ON DELETE"
                            + " CASCADE / SET NULL action deletes or clears the children's rows before the new table takes the"
                            + " name.\n" + recipe + (ignored
                                    ? " Where the framework wraps the file in a transaction, run this migration without it"
                                            + " (e.g. a separate, non-transactional migration) so the PRAGMA takes effect."
                                    : ""));
        }
    }
}
