package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TableState;
import java.util.Optional;

/**
 * CONCURRENTLY forms PostgreSQL refuses on partitioned tables: CREATE INDEX CONCURRENTLY on the parent, and
 * DETACH PARTITION CONCURRENTLY while the parent has a DEFAULT partition. Both fail, so the migration stops.
 */
@RuleDefinition(id = "concurrently-on-partitioned-table", level = Level.ERROR,
        summary = "CREATE INDEX CONCURRENTLY on a partitioned table, or DETACH PARTITION CONCURRENTLY with a DEFAULT partition, fails.")
public final class ConcurrentlyOnPartitionedTable implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.model() instanceof Statement.CreateIndex ci && ci.concurrently() && ci.table() != null) {
            Optional<TableState> parent = partitioned(ctx, ci);
            if (parent.isPresent()) {
                ctx.report("CREATE INDEX CONCURRENTLY fails on partitioned table " + Names.quoted(ci.table()),
                        RuleHelp.of(this).with("table", ci.table().sql()).text());
            }
        } else if (ctx.model() instanceof Statement.AlterTable at) {
            Optional<TableState> parent = ctx.schema().table(at.table());
            for (AlterAction.DetachPartition dp : at.actions(AlterAction.DetachPartition.class)) {
                Optional<String> defaultPartition = parent.flatMap(TableState::defaultPartition)
                        .filter(d -> !d.sameObject(dp.partition())).map(Names::quoted);
                if (dp.concurrently() && !dp.finalizing() && defaultPartition.isPresent()) {
                    ctx.report("DETACH PARTITION " + Names.quoted(dp.partition()) + " CONCURRENTLY fails: "
                                    + Names.quoted(at.table()) + " has the DEFAULT partition " + defaultPartition.get(),
                            RuleHelp.of(this).why("detach with a default partition")
                                    .fix("detach with a default partition").text());
                }
            }
        }
    }

    private static Optional<TableState> partitioned(RuleContext ctx, Statement.CreateIndex ci) {
        return ctx.schema().table(ci.table()).filter(t -> t.partitionKey().isPresent());
    }
}
