package dev.miglint.dialect.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import java.util.Locale;

/** The statements PostgreSQL refuses to run inside a transaction block ("cannot run inside a transaction block"). */
public final class TransactionBlockRefusal {
    private TransactionBlockRefusal() {
    }

    /** The statement's name if PostgreSQL refuses to run it in a transaction block, else null. */
    public static String of(Statement s) {
        if (s instanceof Statement.CreateIndex ci && ci.concurrently()
                || s instanceof Statement.DropIndex di && di.concurrently()
                || s instanceof Statement.Reindex r && (r.concurrently() || r.target() == ObjectKind.SCHEMA
                        || r.target() == ObjectKind.DATABASE || r.target() == ObjectKind.OTHER)
                || s instanceof Statement.Vacuum
                || s instanceof Statement.Cluster c && c.table() == null) { // CLUSTER of every clustered table
            return Statements.label(s);
        }
        if (s instanceof Statement.AlterTable at && at.actions(AlterAction.DetachPartition.class).stream()
                .anyMatch(AlterAction.DetachPartition::concurrently)) {
            return "DETACH PARTITION CONCURRENTLY";
        }
        if (s instanceof Statement.CreateOther co && co.kind() == ObjectKind.DATABASE
                || s instanceof Statement.Drop d && d.kind() == ObjectKind.DATABASE) {
            return Statements.label(s);
        }
        if (s instanceof Statement.Other o && o.keyword() != null) {
            String k = o.keyword().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            for (String refused : new String[] {"CREATE DATABASE", "DROP DATABASE", "CREATE TABLESPACE", "DROP TABLESPACE",
                    "ALTER SYSTEM", "VACUUM", "CREATE SUBSCRIPTION", "DROP SUBSCRIPTION"}) {
                if (k.startsWith(refused)) {
                    return refused;
                }
            }
        }
        return null;
    }
}
