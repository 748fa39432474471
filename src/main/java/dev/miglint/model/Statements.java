package dev.miglint.model;

import java.util.Locale;

/** Short human labels for statements, for messages such as "the lock taken by ALTER TABLE". */
public final class Statements {
    private Statements() {
    }

    /** The statement's leading keywords: {@code ALTER TABLE}, {@code CREATE INDEX CONCURRENTLY}, {@code LOCK TABLE}. */
    public static String label(Statement s) {
        if (s instanceof Statement.CreateTable) {
            return "CREATE TABLE";
        } else if (s instanceof Statement.AlterTable) {
            return "ALTER TABLE";
        } else if (s instanceof Statement.CreateIndex ci) {
            return "CREATE " + (ci.unique() ? "UNIQUE " : "") + "INDEX" + (ci.concurrently() ? " CONCURRENTLY" : "");
        } else if (s instanceof Statement.DropIndex di) {
            return "DROP INDEX" + (di.concurrently() ? " CONCURRENTLY" : "");
        } else if (s instanceof Statement.Drop d) {
            return "DROP " + kind(d.kind());
        } else if (s instanceof Statement.Rename r) {
            return "ALTER " + kind(r.kind()) + " RENAME";
        } else if (s instanceof Statement.Truncate) {
            return "TRUNCATE";
        } else if (s instanceof Statement.Update) {
            return "UPDATE";
        } else if (s instanceof Statement.Delete) {
            return "DELETE";
        } else if (s instanceof Statement.Insert i) {
            return i.fromSelect() ? "INSERT ... SELECT" : "INSERT";
        } else if (s instanceof Statement.SetVariable sv) {
            return sv.value() == null ? "RESET" : sv.local() ? "SET LOCAL" : "SET";
        } else if (s instanceof Statement.SetConfig) {
            return "SELECT set_config";
        } else if (s instanceof Statement.TransactionControl tc) {
            return tc.kind().name().replace('_', ' ');
        } else if (s instanceof Statement.Vacuum v) {
            return v.full() ? "VACUUM FULL" : "VACUUM";
        } else if (s instanceof Statement.Cluster) {
            return "CLUSTER";
        } else if (s instanceof Statement.LockTable) {
            return "LOCK TABLE";
        } else if (s instanceof Statement.Reindex r) {
            return "REINDEX" + (r.target() == null ? "" : " " + kind(r.target())) + (r.concurrently() ? " CONCURRENTLY" : "");
        } else if (s instanceof Statement.RefreshMaterializedView rm) {
            return "REFRESH MATERIALIZED VIEW" + (rm.concurrently() ? " CONCURRENTLY" : "");
        } else if (s instanceof Statement.AlterType) {
            return "ALTER TYPE";
        } else if (s instanceof Statement.AlterDomain) {
            return "ALTER DOMAIN";
        } else if (s instanceof Statement.AlterSequence) {
            return "ALTER SEQUENCE";
        } else if (s instanceof Statement.CreateType) {
            return "CREATE TYPE";
        } else if (s instanceof Statement.DoBlock) {
            return "DO";
        } else if (s instanceof Statement.CreateRoutine r) {
            return "CREATE " + kind(r.kind());
        } else if (s instanceof Statement.CreateOther o) {
            return "CREATE " + kind(o.kind());
        } else if (s instanceof Statement.OnTable o) {
            return o.keyword();
        } else if (s instanceof Statement.Other o) {
            return o.keyword();
        }
        return "statement";
    }

    private static String kind(ObjectKind k) {
        return k.name().replace('_', ' ').toUpperCase(Locale.ROOT);
    }
}
