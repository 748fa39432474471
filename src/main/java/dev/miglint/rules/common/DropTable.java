package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.dialect.DialectPhrases;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.rules.sqlite.SqliteViewBlocksRename;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** DROP TABLE of a table that was not created in the same migration. */
@RuleDefinition(id = "drop-table", level = Level.ERROR,
        summary = "Dropping a table deletes its data and breaks application code that still uses it.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class DropTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Drop d) || d.kind() != ObjectKind.TABLE) {
            return;
        }
        Set<String> blockers = renameBlockers(context, d);
        if (context.schema().redefinition(context.statement()).isPresent() && blockers.isEmpty()) {
            return; // the DROP of the old copy in a table redefinition keeps the table under its name
        }
        Dialect dialect = context.dialect();
        List<QualifiedName> existing = d.names().stream()
                .filter(n -> !context.schema().isNewTable(n) && !context.schema().createdInMigration(ObjectKind.TABLE, n))
                .toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = existing.stream().map(n -> n.sql(dialect)).collect(Collectors.joining(", "));
        String plural = existing.size() > 1 ? "tables " : "table ";
        String unrepaired = blockers.isEmpty() ? "" : ": the redefinition's RENAME cannot put it back while "
                + String.join(", ", blockers) + " still names it (sqlite-view-blocks-rename), so it stays gone";
        context.report("DROP TABLE " + names + " permanently deletes existing " + plural + names + " and all "
                        + (existing.size() > 1 ? "their" : "its") + " rows" + unrepaired,
                RuleHelp.of(this).with("tables", names)
                        .with("missing_table_error", DialectPhrases.missingTableError(dialect, existing.get(0).name()))
                        .with("ddl_lock", DialectPhrases.tableDdlLock(dialect)).adding(d.cascade(), "with CASCADE").text());
    }

    /**
     * SQLite: the views and triggers that still name a table this DROP removes. Its redefinition's RENAME into place
     * then fails (SQLite 3.26+ re-checks them), so the DROP is not repaired and the app loses the table and the view.
     */
    private static Set<String> renameBlockers(RuleContext context, Statement.Drop d) {
        if (context.dialect() != Dialect.SQLITE || !SqliteViewBlocksRename.renameChecksSchema(context)) {
            return Set.of();
        }
        Set<String> out = new java.util.TreeSet<>();
        d.names().forEach(n -> out.addAll(context.schema().dependentsNaming(n)));
        return out;
    }
}
