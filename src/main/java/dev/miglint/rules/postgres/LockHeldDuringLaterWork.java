package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.StatementWork;
import dev.miglint.dialect.postgres.TransactionBlockRefusal;
import dev.miglint.model.Span;
import dev.miglint.model.Statements;
import dev.miglint.rules.Level;
import dev.miglint.rules.RelatedSpan;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.HeldLock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The other end of {@link StatementsAfterExclusiveLock} and {@link BackfillInDdlTransaction}: the statement that
 * took a write-blocking lock is reported too, once, when a later statement of the same transaction does slow work
 * ({@link StatementWork.Workload#slow()}) while the lock is held, with that statement as a related location. The
 * lock-taking statement may be quick on its own; what makes it a hazard is where the transaction ends, and the fix
 * (a COMMIT right after it) belongs there.
 */
@RuleDefinition(id = "lock-held-during-later-work", level = Level.WARNING,
        summary = "A statement takes a write-blocking lock that its transaction keeps while a later statement scans, rewrites or backfills.")
public final class LockHeldDuringLaterWork implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!ctx.transaction().inTransaction() || ctx.transaction().heldLocks().isEmpty()) {
            return;
        }
        StatementWork work = StatementWork.of(ctx.statement(), ctx.schema(), ctx.transaction(), ctx.pgVersion());
        // a statement PostgreSQL refuses in a transaction block fails at once: no work is done under the lock
        if (!work.workload().slow() || TransactionBlockRefusal.of(ctx.model()) != null) {
            return;
        }
        Span here = ctx.statement().span();
        Map<Span, List<HeldLock>> byTaker = new LinkedHashMap<>();
        for (HeldLock lock : ctx.transaction().heldLocks()) {
            if (lock.takenAt() != null && !lock.takenAt().equals(here)) {
                byTaker.computeIfAbsent(lock.takenAt(), k -> new java.util.ArrayList<>()).add(lock);
            }
        }
        String slow = Statements.label(ctx.model()) + " " + work.description();
        byTaker.forEach((taker, locks) -> {
            if (!ctx.firstInMigration("taker@" + taker.start())) {
                return;
            }
            HeldLock first = locks.get(0);
            String locked = locks.stream().map(h -> h.mode().sql() + " on " + h.describe()).collect(Collectors.joining(", "));
            ctx.report(taker, List.of(new RelatedSpan(here, "the later " + slow + " while the lock is held")),
                    first.takenBy() + " takes " + locked + ", which this transaction keeps while a later " + slow,
                    RuleHelp.of(this).with("blocks", first.mode().blocks()).with("table", first.describe())
                            .with("taker", first.takenBy()).text());
        });
    }
}
