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
import dev.miglint.rules.RuleHelp;
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
        RuleHelp help = RuleHelp.of(this).with("table", table.sql()).with("table_name", table.name())
                .with("children", names).with("old", old).with("old_name", r.get().oldTable().name());
        if (renamedAway && (!legacyRename || enforcement == SqliteForeignKeys.ON)) {
            context.report("DROP TABLE " + old + " leaves the foreign keys of " + names + " pointing at a dropped table",
                    help.why("renamed away").adding(enforcement == SqliteForeignKeys.ON, "enforced").text());
        } else if (!renamedAway && enforcement == SqliteForeignKeys.ON) {
            context.report("DROP TABLE " + table.sql() + " with foreign keys enforced deletes its rows first: it fails on rows of "
                            + names + " that reference it, or cascades to them",
                    help.adding(SqliteForeignKeys.offIgnored(context.transaction()), "OFF ignored").text());
        }
    }
}
