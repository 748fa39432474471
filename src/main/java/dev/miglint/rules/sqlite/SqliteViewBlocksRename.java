package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteVersion;
import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ALTER TABLE ... RENAME (table or column) or DROP COLUMN while a view or trigger still names a table that was
 * dropped: SQLite 3.26+ re-parses the whole schema and refuses the statement.
 */
@RuleDefinition(id = "sqlite-view-blocks-rename", level = Level.ERROR,
        summary = "ALTER TABLE ... RENAME fails while a view or trigger still names a dropped table (SQLite 3.26+ re-checks the schema).",
        dialects = {Dialect.SQLITE})
public final class SqliteViewBlocksRename implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at) || !renameChecksSchema(context)) {
            return;
        }
        String action = at.actions().stream().map(SqliteViewBlocksRename::checkedAction).filter(a -> a != null)
                .findFirst().orElse(null);
        Map<String, Set<String>> dangling = context.schema().dependentsNamingDroppedTables();
        if (action == null || dangling.isEmpty()) {
            return;
        }
        List<String> which = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        dangling.forEach((dependent, tables) -> {
            which.add(dependent + " (names " + String.join(", ", tables) + ")");
            String[] kindName = dependent.split(" ", 2);
            drops.add("DROP " + kindName[0].toUpperCase(java.util.Locale.ROOT) + " "
                    + Identifiers.quoteIfNeeded(kindName[1]) + ";");
        });
        String table = at.table().sql();
        context.report("ALTER TABLE " + table + " " + action + " fails: " + String.join(", ", which)
                        + " still names a table that no longer exists",
                RuleHelp.of(this).with("dependent", which.get(0).replaceAll(" \\(.*", ""))
                        .with("missing", dangling.values().iterator().next().iterator().next())
                        .with("drops", String.join(" ", drops)).text());
    }

    /** SQLite 3.26+ without {@code PRAGMA legacy_alter_table = ON}: a RENAME re-parses every view and trigger. */
    public static boolean renameChecksSchema(RuleContext context) {
        return context.sqliteVersion().atLeast(SqliteVersion.RENAME_CHECKS_SCHEMA)
                && !context.transaction().setting("legacy_alter_table").map(v -> v.equals("on") || v.equals("1")
                        || v.equals("true") || v.equals("yes")).orElse(false);
    }

    private static String checkedAction(AlterAction a) {
        if (a instanceof AlterAction.RenameTable rt) {
            return "RENAME TO " + rt.to().sql();
        } else if (a instanceof AlterAction.RenameColumn rc) {
            return "RENAME COLUMN " + Identifiers.quoteIfNeeded(rc.from());
        } else if (a instanceof AlterAction.DropColumn dc) {
            return "DROP COLUMN " + Identifiers.quoteIfNeeded(dc.column());
        }
        return null;
    }
}
