package dev.miglint.rules.sqlite;

import dev.miglint.model.Dialect;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.SqliteForeignKeys;

/**
 * {@code PRAGMA foreign_keys = OFF} while a transaction is open (a BEGIN, or the framework's), in a migration that
 * later drops a table other tables reference: SQLite ignores the PRAGMA ("a no-op within a transaction"), so the
 * table redefinition it was meant to protect runs with foreign keys enforced. Without such a DROP the PRAGMA is
 * harmless, if useless, and is not reported. A note, not a warning: the engine shows the harm at the DROP, which
 * sqlite-drop-referenced-table reports; this finding points at the line that was meant to prevent it.
 */
@RuleDefinition(id = "sqlite-pragma-ignored-in-transaction", level = Level.NOTE,
        summary = "PRAGMA foreign_keys = OFF inside a transaction does nothing: foreign keys stay enforced.",
        dialects = {Dialect.SQLITE})
public final class SqlitePragmaIgnoredInTransaction implements Rule {
    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.SetVariable set) || !set.pragma()
                || !set.name().equalsIgnoreCase("foreign_keys") || set.value() == null
                || !SqliteForeignKeys.turnsOff(set.value())
                || !context.transaction().inTransaction() || !dropsReferencedTableLater(context)) {
            return;
        }
        context.report("PRAGMA foreign_keys = OFF does nothing here: a transaction is open, and SQLite keeps enforcing"
                        + " foreign keys when this migration later drops a table other tables reference",
                RuleHelp.of(this).why(context.transaction().implicit() ? "framework transaction" : null).text());
    }

    /** A later statement of the migration drops a table that another table's foreign key references. */
    private static boolean dropsReferencedTableLater(RuleContext context) {
        for (ParsedStatement s : context.statements()) {
            if (s.index() > context.statement().index() && s.model() instanceof Statement.Drop drop
                    && drop.kind() == ObjectKind.TABLE) {
                for (QualifiedName table : drop.names()) {
                    if (context.schema().tablesReferencing(table).stream().anyMatch(child -> !child.sameObject(table))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
