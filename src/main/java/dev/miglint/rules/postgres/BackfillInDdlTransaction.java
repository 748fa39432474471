package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.HeldLock;
import dev.miglint.schema.RowScope;

@RuleDefinition(id = "backfill-in-ddl-transaction", level = Level.WARNING,
        summary = "UPDATE / DELETE / INSERT ... SELECT on a table whose DDL lock the same transaction still holds.")
public final class BackfillInDdlTransaction implements Rule {

    @Override
    public void check(RuleContext ctx) {
        QualifiedName written = backfilledTable(ctx.model());
        if (written != null && (ctx.schema().isScanFree(written) || RowScope.of(ctx.model(), ctx.schema()).fewRows())) {
            written = null;
        }
        HeldLock held = heldOn(ctx, written);
        // an INSERT ... SELECT that reads all of a table this transaction locked keeps it locked for the whole read
        QualifiedName read = StatementWork.sourceReadWhole(ctx.model(), ctx.schema());
        if (held == null && read != null) {
            held = heldOn(ctx, read);
        }
        if (held == null) {
            return;
        }
        QualifiedName table = held.table();
        String t = table.sql();
        String label = Statements.label(ctx.model());
        boolean onWritten = written != null && table.sameObject(written);
        String what = label + (onWritten ? " on " : " reading every row of ") + Names.quoted(table);
        ctx.report(ctx.statement().span(), LockOrigin.related(held), what + " runs while this transaction holds " + held.mode().sql()
                        + " on it (from " + held.takenBy() + ")",
                RuleHelp.of(this).with("taken_by", held.takenBy()).with("mode", held.mode().sql()).with("table", t)
                        .with("blocks", held.mode().blocks()).with("label", label).text());
    }

    private static HeldLock heldOn(RuleContext ctx, QualifiedName table) {
        if (table == null) {
            return null;
        }
        return ctx.transaction().heldLocks().stream()
                .filter(h -> !h.tableOfIndex() && h.table().sameObject(table)).findFirst().orElse(null);
    }

    private static QualifiedName backfilledTable(Statement s) {
        if (s instanceof Statement.Update u) {
            return u.table();
        } else if (s instanceof Statement.Delete d) {
            return d.table();
        } else if (s instanceof Statement.Insert i && i.fromSelect()) {
            return i.table();
        }
        return null;
    }
}
