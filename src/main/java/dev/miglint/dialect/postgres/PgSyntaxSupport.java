package dev.miglint.dialect.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * Syntax a PostgreSQL major version does not have yet: on an older server the statement fails with a syntax (or
 * "not supported") error, so the migration stops there. From the release notes and each command's page of the
 * manual, e.g. REINDEX CONCURRENTLY came in 12, DETACH PARTITION CONCURRENTLY in 14, MERGE in 15.
 */
public final class PgSyntaxSupport {
    private PgSyntaxSupport() {
    }

    /** One construct and the first major version that accepts it. */
    public record Feature(String syntax, int since) {
    }

    /** The constructs of the statement (its model and text) that {@code pgVersion} does not have, in the order found. */
    public static List<Feature> unsupported(Statement s, StatementTokens tokens, int pgVersion) {
        List<Feature> out = new ArrayList<>();
        for (Feature f : used(s, tokens)) {
            if (pgVersion < f.since() && out.stream().noneMatch(o -> o.syntax().equals(f.syntax()))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether the statement uses something {@code pgVersion} does not have. */
    public static boolean isUnsupported(Statement s, StatementTokens tokens, int pgVersion) {
        return !unsupported(s, tokens, pgVersion).isEmpty();
    }

    private static List<Feature> used(Statement s, StatementTokens tokens) {
        List<Feature> f = new ArrayList<>();
        StatementTokens sql = tokens == null ? StatementTokens.none() : tokens;
        if (s instanceof Statement.Reindex r && r.concurrently()) {
            f.add(new Feature("REINDEX ... CONCURRENTLY", 12));
        }
        if (s instanceof Statement.CreateIndex ci) {
            if (sql.contains("INCLUDE", "(")) {
                f.add(new Feature("CREATE INDEX ... INCLUDE (...)", 11));
            }
            if (ci.only()) {
                f.add(new Feature("CREATE INDEX ... ON ONLY", 11));
            }
        }
        if (s instanceof Statement.CreateTable || s instanceof Statement.AlterTable) {
            if (sql.contains("INCLUDE", "(")) {
                f.add(new Feature("UNIQUE / PRIMARY KEY ... INCLUDE (...)", 11));
            }
        }
        if (s instanceof Statement.CreateIndex || s instanceof Statement.CreateTable || s instanceof Statement.AlterTable) {
            if (sql.contains("NULLS", "NOT", "DISTINCT")) {
                f.add(new Feature("NULLS NOT DISTINCT", 15));
            }
        }
        List<ColumnDef> columns = new ArrayList<>();
        if (s instanceof Statement.CreateTable ct) {
            columns.addAll(ct.columns());
            if (ct.partitionOf() != null || !ct.asSelect() && sql.contains("PARTITION", "BY")) {
                f.add(new Feature("declarative partitioning (PARTITION BY / PARTITION OF)", 10));
            }
            if (!ct.asSelect() && sql.contains("PARTITION", "BY", "HASH")) {
                f.add(new Feature("PARTITION BY HASH", 11));
            }
        }
        if (s instanceof Statement.AlterTable at) {
            at.actions(AlterAction.AddColumn.class).forEach(a -> columns.add(a.column()));
            for (AlterAction.DetachPartition dp : at.actions(AlterAction.DetachPartition.class)) {
                if (dp.concurrently()) {
                    f.add(new Feature("DETACH PARTITION ... CONCURRENTLY", 14));
                }
                if (dp.finalizing()) {
                    f.add(new Feature("DETACH PARTITION ... FINALIZE", 14));
                }
            }
            if (!at.actions(AlterAction.AttachPartition.class).isEmpty() || !at.actions(AlterAction.DetachPartition.class).isEmpty()) {
                f.add(new Feature("ATTACH / DETACH PARTITION", 10));
            }
        }
        for (ColumnDef c : columns) {
            if (c.generated() == ColumnDef.Generated.STORED) {
                f.add(new Feature("GENERATED ALWAYS AS (...) STORED columns", 12));
            }
            if (c.identity() && sql.contains("AS", "IDENTITY")) {
                f.add(new Feature("GENERATED ... AS IDENTITY columns", 10));
            }
        }
        if (s instanceof Statement.CreateRoutine cr) {
            if (cr.kind() == ObjectKind.TRIGGER && cr.orReplace()) {
                f.add(new Feature("CREATE OR REPLACE TRIGGER", 14));
            }
            if (cr.kind() == ObjectKind.PROCEDURE) {
                f.add(new Feature("CREATE PROCEDURE", 11));
            }
        }
        if (s instanceof Statement.Other o && o.keyword() != null) {
            String k = o.keyword().trim().toUpperCase(java.util.Locale.ROOT);
            if (k.equals("MERGE")) {
                f.add(new Feature("MERGE", 15));
            } else if (k.equals("CALL")) {
                f.add(new Feature("CALL", 11));
            }
        }
        return f;
    }
}
