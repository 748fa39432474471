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
import dev.miglint.rules.RuleHelp;
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
            boolean scansPartition = scanned(schema, partition, key);
            QualifiedName defaultPartition = scannedDefaultPartition(schema, parent, key, partition);
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
            String column = key.size() == 1 ? Identifiers.quoteIfNeeded(key.iterator().next()) : null;
            String locked = partition.sql() + (defaultPartition == null ? "" : " and " + defaultPartition.sql());
            RuleHelp help = RuleHelp.of(this).with("locked", locked).with("parent_lock", parentLock)
                    .with("parent", at.table().sql()).with("scanned", String.join(" and ", scanned))
                    .with("partition", partition.sql())
                    .with("constraint", Identifiers.quoteIfNeeded(partition.name() + "_bound"))
                    .with("bounds", column == null ? "<bound>" : column + " >= <from> AND " + column + " < <to>")
                    .with("default", defaultPartition == null ? "" : defaultPartition.sql())
                    .addingFix(scansPartition && defaultPartition != null, "default partition");
            if (!scansPartition) {
                help.fix("default partition");
            }
            ctx.report(message, help.text());
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
        QualifiedName defaultPartition = scannedDefaultPartition(schema, parent, key, ct.table());
        if (defaultPartition == null) {
            return;
        }
        ctx.report("CREATE TABLE " + Names.quoted(ct.table()) + " PARTITION OF " + Names.quoted(ct.partitionOf())
                        + " scans DEFAULT partition " + Names.quoted(defaultPartition)
                        + " for rows of the new bound under an ACCESS EXCLUSIVE lock",
                RuleHelp.of("attach-partition-scan").with("parent", ct.partitionOf().sql())
                        .with("default", defaultPartition.sql()).why("partition of").fix("partition of").text());
    }

    /** The parent's DEFAULT partition when attaching {@code attached} reads it, or null. */
    private static QualifiedName scannedDefaultPartition(SchemaView schema, Optional<TableState> parent, Set<String> key,
            QualifiedName attached) {
        return parent.flatMap(TableState::defaultPartition)
                .filter(d -> !d.sameObject(attached) && scanned(schema, d, key)).orElse(null);
    }

    /** A table that may hold rows and has no validated CHECK on the partition key to prove the bound with. */
    private static boolean scanned(SchemaView schema, QualifiedName table, Set<String> key) {
        return !schema.isScanFree(table) && !schema.table(table).map(t -> t.hasValidatedCheckOn(key)).orElse(false);
    }
}
