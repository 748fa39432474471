package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.model.ViewOutputColumns;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.Optional;

/**
 * CREATE OR REPLACE VIEW may only add columns at the end: PostgreSQL refuses to drop a column, rename one or change
 * its type ("cannot drop columns from view", "cannot change name of view column ...", "cannot change data type of
 * view column ..."). The old columns come from the history's definition of the view.
 */
@RuleDefinition(id = "replace-view-changes-columns", level = Level.ERROR,
        summary = "CREATE OR REPLACE VIEW that drops, renames or retypes an existing column of the view fails.")
public final class ReplaceViewChangesColumns implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.CreateOther co) || co.kind() != ObjectKind.VIEW || co.name() == null
                || !ctx.statement().tokens().contains("OR", "REPLACE")) {
            return;
        }
        Optional<List<ViewOutputColumns.Column>> before = ctx.schema().viewOutputColumns(co.name());
        Optional<List<ViewOutputColumns.Column>> after = ViewOutputColumns.of(ctx.statement().tokens(), ctx.schema()::knownColumns);
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        String change = change(before.get(), after.get());
        if (change == null) {
            return;
        }
        String view = co.name().sql();
        ctx.report("CREATE OR REPLACE VIEW " + Names.quoted(co.name()) + " fails: it " + change,
                RuleHelp.of(this).with("view", view).text());
    }

    /** What the new column list changes that PostgreSQL refuses, as a phrase; null when nothing known changes. */
    private static String change(List<ViewOutputColumns.Column> before, List<ViewOutputColumns.Column> after) {
        for (int i = 0; i < Math.min(before.size(), after.size()); i++) {
            ViewOutputColumns.Column old = before.get(i);
            ViewOutputColumns.Column now = after.get(i);
            if (old.name() != null && now.name() != null && !old.name().equals(now.name())) {
                return "changes column " + (i + 1) + " from " + Identifiers.quoteIfNeeded(old.name()) + " to "
                        + Identifiers.quoteIfNeeded(now.name());
            }
            if (old.type() != null && now.type() != null && !old.type().equals(now.type())) {
                return "changes the type of column " + (old.name() == null ? "" + (i + 1) : Identifiers.quoteIfNeeded(old.name()))
                        + " from " + old.type() + " to " + now.type();
            }
        }
        if (after.size() < before.size()) {
            ViewOutputColumns.Column first = before.get(after.size());
            return "drops " + (before.size() - after.size() == 1 ? "column " : "columns starting with ")
                    + (first.name() == null ? "number " + (after.size() + 1) : Identifiers.quoteIfNeeded(first.name()));
        }
        return null;
    }
}
