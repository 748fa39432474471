package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TableState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * ALTER TABLE parent ATTACH PARTITION t: PostgreSQL reads every row of {@code t} to check the partition bound
 * (while holding ACCESS EXCLUSIVE on it) unless a validated CHECK constraint of {@code t} implies the bound, and
 * reads the parent's DEFAULT partition for rows that belong to the new bound.
 */
@RuleDefinition(id = "attach-partition-scan", level = Level.ERROR,
        summary = "ATTACH PARTITION scans the attached table under ACCESS EXCLUSIVE unless a validated CHECK implies the bound.")
public final class AttachPartitionScan implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.model() instanceof Statement.CreateTable ct && ct.partitionOf() != null) {
            partitionOf(ctx, ct);
            return;
        }
        if (!(ctx.model() instanceof Statement.AlterTable at)) {
            return;
        }
        SchemaView schema = ctx.schema();
        Optional<TableState> parent = schema.table(at.table());
        for (AlterAction.AttachPartition ap : at.actions(AlterAction.AttachPartition.class)) {
            QualifiedName partition = ap.partition();
            Set<String> key = parent.flatMap(TableState::partitionKey).map(Identifiers::namesIn).orElse(Set.of());
            boolean scansPartition = !schema.isScanFree(partition)
                    && !schema.table(partition).map(t -> t.hasValidatedCheckOn(key)).orElse(false);
            QualifiedName defaultPartition = parent.flatMap(TableState::defaultPartition)
                    .filter(d -> !d.sameObject(partition) && !schema.isScanFree(d)
                            && !schema.table(d).map(t -> t.hasValidatedCheckOn(key)).orElse(false)).orElse(null);
            if (!scansPartition && defaultPartition == null) {
                continue;
            }
            List<String> scanned = new ArrayList<>();
            if (scansPartition) {
                scanned.add("every row of " + Names.quoted(partition) + " to check the partition bound");
            }
            if (defaultPartition != null) {
                scanned.add("DEFAULT partition " + Names.quoted(defaultPartition) + " for rows of the new bound");
            }
            String parentLock = ctx.pgVersion() >= 12 ? "SHARE UPDATE EXCLUSIVE" : "ACCESS EXCLUSIVE";
            String message = "ATTACH PARTITION " + Names.quoted(partition) + " to " + Names.quoted(at.table()) + " scans "
                    + String.join(" and ", scanned) + " under an ACCESS EXCLUSIVE lock";
            String p = at.table().sql();
            String t = partition.sql();
            String column = key.size() == 1 ? key.iterator().next() : "<partition key>";
            String bounds = column.equals("<partition key>") ? "<bound>" : Identifiers.quoteIfNeeded(column) + " >= <from> AND "
                    + Identifiers.quoteIfNeeded(column) + " < <to>";
            String constraint = Identifiers.quoteIfNeeded(partition.name() + "_bound");
            StringBuilder help = new StringBuilder();
            String locked = t + (defaultPartition == null ? "" : " and " + defaultPartition.sql());
            help.append("Why: ATTACH PARTITION holds ACCESS EXCLUSIVE on ").append(locked).append(" and ")
                    .append(parentLock).append(" on ").append(p).append(" while it reads ")
                    .append(String.join(" and ", scanned)).append("; every read and write of ").append(locked)
                    .append(" waits for the whole scan. PostgreSQL skips a scan when a validated CHECK constraint on the"
                            + " scanned table proves it (for the attached table: implies the partition bound).\n");
            if (scansPartition) {
                help.append("Safe recipe: 1) ALTER TABLE ").append(t).append(" ADD CONSTRAINT ").append(constraint)
                        .append(" CHECK (").append(bounds).append(") NOT VALID; 2) in a later migration ALTER TABLE ")
                        .append(t).append(" VALIDATE CONSTRAINT ").append(constraint)
                        .append(" (SHARE UPDATE EXCLUSIVE: reads and writes go on); 3) ALTER TABLE ").append(p)
                        .append(" ATTACH PARTITION ").append(t).append(" FOR VALUES ... (no scan now); 4) ALTER TABLE ")
                        .append(t).append(" DROP CONSTRAINT ").append(constraint).append(';');
            }
            if (defaultPartition != null) {
                help.append(scansPartition ? "\n" : "Safe recipe: ").append("Give the DEFAULT partition ")
                        .append(defaultPartition.sql()).append(" a validated CHECK that excludes the new bound (added NOT"
                                + " VALID and validated in a later migration) before attaching, so it is not scanned.");
            }
            ctx.report(message, help.toString());
        }
    }

    /**
     * CREATE TABLE ... PARTITION OF attaches a new, empty table: nothing of its own to check, but the parent's DEFAULT
     * partition is read for rows of the new bound (and the CREATE fails if it holds any) under ACCESS EXCLUSIVE on the
     * parent and the default partition, unless a validated CHECK on the default partition proves it.
     */
    private static void partitionOf(RuleContext ctx, Statement.CreateTable ct) {
        SchemaView schema = ctx.schema();
        Optional<TableState> parent = schema.table(ct.partitionOf());
        Set<String> key = parent.flatMap(TableState::partitionKey).map(Identifiers::namesIn).orElse(Set.of());
        QualifiedName defaultPartition = parent.flatMap(TableState::defaultPartition)
                .filter(d -> !d.sameObject(ct.table()) && !schema.isScanFree(d)
                        && !schema.table(d).map(t -> t.hasValidatedCheckOn(key)).orElse(false)).orElse(null);
        if (defaultPartition == null) {
            return;
        }
        String p = ct.partitionOf().sql();
        String d = defaultPartition.sql();
        ctx.report("CREATE TABLE " + Names.quoted(ct.table()) + " PARTITION OF " + Names.quoted(ct.partitionOf())
                        + " scans DEFAULT partition " + Names.quoted(defaultPartition)
                        + " for rows of the new bound under an ACCESS EXCLUSIVE lock",
                "Why: a new partition takes ACCESS EXCLUSIVE on " + p + " and on its DEFAULT partition " + d
                        + ", then reads every row of " + d + " to make sure none belongs to the new bound (and fails if"
                        + " one does); all reads and writes of " + p + " wait for the whole scan.\n"
                        + "Safe recipe: give " + d + " a validated CHECK that excludes the new bound (added NOT VALID and"
                        + " validated in a later migration), so it is not scanned; or create the table on its own, fill it,"
                        + " and ATTACH it the same way; or move the matching rows out of " + d + " first.");
    }
}
