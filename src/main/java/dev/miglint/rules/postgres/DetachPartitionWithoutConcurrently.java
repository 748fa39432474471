package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Names;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

@RuleDefinition(id = "detach-partition-without-concurrently", level = Level.WARNING,
        summary = "DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the partitioned table (PostgreSQL 14+).")
public final class DetachPartitionWithoutConcurrently implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.pgVersion() < 14 || !(ctx.model() instanceof Statement.AlterTable at)
                || !ctx.schema().isExistingRelation(at.table())) {
            return;
        }
        for (AlterAction.DetachPartition dp : at.actions(AlterAction.DetachPartition.class)) {
            if (dp.concurrently() || dp.finalizing()) {
                continue;
            }
            String parent = at.table().sql();
            String message = "DETACH PARTITION " + Names.quoted(dp.partition()) + " takes an ACCESS EXCLUSIVE lock on "
                    + "partitioned table " + Names.quoted(at.table());
            String help = RuleHelp.of(this).with("table", parent).with("partition", dp.partition().sql()).text();
            int end = at.actions().size() == 1
                    ? ctx.statement().tokens().afterNameFollowing("DETACH", "PARTITION") : -1;
            ctx.report(message, help, Fix.insertConcurrently(ctx.statement(), end));
        }
    }
}
