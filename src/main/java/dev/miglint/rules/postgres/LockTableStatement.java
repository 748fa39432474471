package dev.miglint.rules.postgres;

import dev.miglint.model.LockMode;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.stream.Collectors;

@RuleDefinition(id = "lock-table", level = Level.WARNING,
        summary = "An explicit LOCK TABLE in a mode that blocks writes (ACCESS EXCLUSIVE by default) on an existing table.")
public final class LockTableStatement implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.LockTable lt)) {
            return;
        }
        LockMode mode = LockMode.fromSql(lt.mode() == null ? "ACCESS EXCLUSIVE" : lt.mode());
        List<QualifiedName> existing = lt.tables().stream().filter(ctx.schema()::isExistingRelation).toList();
        if (ctx.outsideTransactionBlock()) {
            return; // it fails there: lock-outside-transaction reports it
        }
        if (existing.isEmpty() || !mode.blocksWrites()) {
            return;
        }
        String tables = existing.stream().map(Names::quoted).collect(Collectors.joining(", "));
        ctx.report("LOCK TABLE " + tables + " IN " + mode.sql() + " MODE blocks " + mode.blocks() + " until the "
                        + "transaction ends",
                RuleHelp.of(this).with("mode", mode.sql()).with("blocks", mode.blocks()).with("tables", tables).text());
    }
}
