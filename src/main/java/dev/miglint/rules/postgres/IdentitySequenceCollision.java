package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.Locale;

/**
 * ALTER COLUMN ... ADD GENERATED ... AS IDENTITY on a table that already holds rows, without START WITH and
 * without a setval / RESTART later in the migration: the new sequence starts at 1 below the existing ids.
 */
@RuleDefinition(id = "identity-sequence-collision", level = Level.ERROR,
        summary = "ADD GENERATED AS IDENTITY on a populated column starts its sequence at 1: the next INSERTs collide with existing ids.")
public final class IdentitySequenceCollision implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null || context.schema().isEmptiedInMigration(at.table())) {
            return;
        }
        for (AlterAction.AddIdentity add : at.actions(AlterAction.AddIdentity.class)) {
            if (add.startWith() || restartedLater(context, at, add.column())) {
                continue;
            }
            String table = at.table().sql();
            String column = Identifiers.quoteIfNeeded(add.column());
            context.report("ADD GENERATED " + (add.always() ? "ALWAYS" : "BY DEFAULT") + " AS IDENTITY on " + table + "."
                            + column + " starts the new sequence at 1 below the existing ids",
                    RuleHelp.of(this).with("table", table).with("column", column)
                            .with("table_name", at.table().name()).with("column_name", add.column())
                            .adding(add.always(), "GENERATED ALWAYS").text());
        }
    }

    /** The migration moves the identity's sequence past the existing ids: RESTART / START in an ALTER COLUMN, or setval. */
    static boolean restartedLater(RuleContext context, Statement.AlterTable at, String column) {
        for (ParsedStatement s : context.statements()) {
            if (s.index() < context.statement().index()) {
                continue;
            }
            String text = s.text().toLowerCase(Locale.ROOT);
            if (s.model() instanceof Statement.AlterTable other && other.table().sameObject(at.table())
                    && other.actions(AlterAction.Other.class).stream().anyMatch(o -> o.text().toUpperCase(Locale.ROOT)
                            .matches("(?s).*\\b(RESTART|START)\\b.*"))) {
                return true;
            }
            if (text.contains("setval") && text.contains(at.table().name().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
