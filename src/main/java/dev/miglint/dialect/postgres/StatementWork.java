package dev.miglint.dialect.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.IndexState;
import dev.miglint.schema.RowScope;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TableState;
import dev.miglint.schema.TransactionView;

import java.util.Locale;
import java.util.Optional;

/**
 * How much work a statement does on an existing table, on PostgreSQL: the shared answer to "is this quick
 * catalog work, or does it read or write the whole table?". Tables created or emptied in this migration
 * ({@link SchemaView#isScanFree}) cost nothing. {@code table} is the table the heaviest work is done on and
 * {@code description} says what that work is (a verb phrase: "rewrites \"events\" (...)"); both are null for
 * {@link Workload#METADATA}.
 */
public record StatementWork(Workload workload, QualifiedName table, String description) {

    public enum Workload {
        /** Catalog only, or a handful of rows (INSERT ... VALUES, a point UPDATE/DELETE): nothing proportional to the table. */
        METADATA,
        /** Reads every row (or builds an index): validated FOREIGN KEY / CHECK, SET NOT NULL, VALIDATE, CREATE INDEX. */
        SCAN,
        /** Writes a new copy of the table: a rewriting type change, a volatile default, VACUUM FULL, CLUSTER, SET TABLESPACE... */
        REWRITE,
        /** Changes or copies many rows: UPDATE / DELETE / INSERT ... SELECT, CREATE TABLE AS, REFRESH MATERIALIZED VIEW. */
        DATA;

        /** SCAN, REWRITE or DATA: the statement takes time proportional to the table's size. */
        public boolean slow() {
            return this != METADATA;
        }
    }

    private static final StatementWork QUICK = new StatementWork(Workload.METADATA, null, null);

    public static StatementWork of(ParsedStatement statement, SchemaView schema, TransactionView tx, int pgVersion) {
        Statement s = statement.model();
        if (s instanceof Statement.AlterTable at) {
            return alterTable(at, schema, tx, pgVersion);
        }
        if (s instanceof Statement.CreateIndex ci && ci.table() != null && !schema.isScanFree(ci.table())) {
            return new StatementWork(Workload.SCAN, ci.table(), "builds an index on " + Names.quoted(ci.table())
                    + " (reading every row)");
        }
        if (s instanceof Statement.Reindex r && r.name() != null) {
            QualifiedName table = r.target() == ObjectKind.INDEX
                    ? schema.index(r.name()).map(IndexState::table).orElse(null) : r.name();
            if (table == null || !schema.isScanFree(table)) {
                return new StatementWork(Workload.SCAN, table == null ? r.name() : table, "rebuilds "
                        + (r.target() == ObjectKind.INDEX ? "index " : "the indexes of ") + Names.quoted(r.name()));
            }
            return QUICK;
        }
        if (s instanceof Statement.Vacuum v) {
            Optional<QualifiedName> table = v.tables().stream().filter(t -> !schema.isScanFree(t)).findFirst();
            if (v.tables().isEmpty() || table.isPresent()) {
                String what = table.map(Names::quoted).orElse("every table");
                return v.full() ? new StatementWork(Workload.REWRITE, table.orElse(null), "rewrites " + what + " (VACUUM FULL)")
                        : new StatementWork(Workload.SCAN, table.orElse(null), "vacuums " + what);
            }
            return QUICK;
        }
        if (s instanceof Statement.Cluster c && (c.table() == null || !schema.isScanFree(c.table()))) {
            return new StatementWork(Workload.REWRITE, c.table(), "rewrites "
                    + (c.table() == null ? "every clustered table" : Names.quoted(c.table())) + " in index order (CLUSTER)");
        }
        if (s instanceof Statement.RefreshMaterializedView rm && rm.view() != null) {
            return new StatementWork(Workload.DATA, rm.view(), "runs the query of materialized view " + Names.quoted(rm.view()));
        }
        if (s instanceof Statement.CreateTable ct && ct.asSelect() && !readsOnlyAnEmptyTable(ct.query(), schema)) {
            return new StatementWork(Workload.DATA, ct.table(), "runs a query to fill " + Names.quoted(ct.table()));
        }
        if (s instanceof Statement.CreateOther co && co.kind() == ObjectKind.MATERIALIZED_VIEW
                && !statement.tokens().contains("WITH", "NO", "DATA")) {
            return new StatementWork(Workload.DATA, co.name(), "runs a query to fill "
                    + (co.name() == null ? "a materialized view" : Names.quoted(co.name())));
        }
        if (s instanceof Statement.Update || s instanceof Statement.Delete) {
            QualifiedName table = s instanceof Statement.Update u ? u.table() : ((Statement.Delete) s).table();
            if (table == null || schema.isScanFree(table) || RowScope.of(s, schema).fewRows()) {
                return QUICK;
            }
            return new StatementWork(Workload.DATA, table, "changes rows of " + Names.quoted(table));
        }
        if (s instanceof Statement.Insert i && i.fromSelect() && i.table() != null && schema.isExistingRelation(i.table())
                && !readsOnlyAnEmptyTable(i.source(), schema)) {
            return new StatementWork(Workload.DATA, i.table(), "copies rows into " + Names.quoted(i.table()));
        }
        QualifiedName source = sourceReadWhole(s, schema);
        if (source != null) {
            // into a table nobody uses yet, the cost is the sequential scan of the source
            return new StatementWork(Workload.SCAN, source, "reads every row of " + Names.quoted(source));
        }
        return QUICK;
    }

    /**
     * The query reads a table (not a view, whose query reads its base tables) created or emptied in this migration:
     * it copies nothing.
     */
    private static boolean readsOnlyAnEmptyTable(Statement.SelectSource query, SchemaView schema) {
        return query != null && query.table() != null && schema.table(query.table()).isPresent()
                && !schema.isKnownView(query.table()) && schema.isScanFree(query.table());
    }

    /**
     * The source table an INSERT ... SELECT reads in full (no narrowing WHERE, LIMIT, JOIN or GROUP BY) when it is
     * an existing table of the history (not a set-returning function, whose name the FROM clause gives the same
     * way, nor a table nobody knows the rows of); else null.
     */
    public static QualifiedName sourceReadWhole(Statement s, SchemaView schema) {
        if (!(s instanceof Statement.Insert i) || !i.fromSelect() || i.source() == null || i.source().table() == null
                || i.source().narrowed() || schema.table(i.source().table()).isEmpty()
                || schema.isScanFree(i.source().table())) {
            return null;
        }
        return RowScope.ofSource(i.source(), schema).everyRow() ? i.source().table() : null;
    }

    private static StatementWork alterTable(Statement.AlterTable at, SchemaView schema, TransactionView tx, int pgVersion) {
        if (schema.isScanFree(at.table())) {
            return QUICK;
        }
        StatementWork heaviest = QUICK;
        String t = Names.quoted(at.table());
        for (AlterAction action : at.actions()) {
            StatementWork w = QUICK;
            if (action instanceof AlterAction.AddColumn ac) {
                String cause = AddColumnRewrite.cause(ac.column(), pgVersion, schema);
                if (cause == null && ac.column().generated() == ColumnDef.Generated.STORED) {
                    cause = "a STORED generated column";
                }
                if (cause != null) {
                    w = new StatementWork(Workload.REWRITE, at.table(), "rewrites " + t + " (ADD COLUMN "
                            + Identifiers.quoteIfNeeded(ac.column().name()) + " with " + cause + ")");
                }
            } else if (action instanceof AlterAction.AlterColumnType act) {
                TypeChange change = ColumnTypeChanges.typeChange(at.table(), act, schema, tx, pgVersion);
                String col = Identifiers.quoteIfNeeded(act.column());
                if (change.rewrites()) {
                    w = new StatementWork(Workload.REWRITE, at.table(), "rewrites " + t + " (ALTER COLUMN " + col + " TYPE"
                            + (act.type() == null ? "" : " " + act.type().raw()) + ")");
                } else if (change.kind() == TypeChange.Kind.INDEX_REBUILD) {
                    w = new StatementWork(Workload.SCAN, at.table(), "rebuilds the indexes on " + t + "." + col);
                } else if (change.kind() == TypeChange.Kind.CHECK_SCAN) {
                    w = new StatementWork(Workload.SCAN, at.table(), "scans " + t + " to check the CHECK constraints on "
                            + col + " again");
                }
            } else if (action instanceof AlterAction.SetNotNull sn) {
                if (setNotNullScans(schema.table(at.table()), sn.column(), pgVersion)) {
                    w = new StatementWork(Workload.SCAN, at.table(), "scans " + t + " to check SET NOT NULL on "
                            + Identifiers.quoteIfNeeded(sn.column()));
                }
            } else if (action instanceof AlterAction.AddConstraint ac && validatesExistingRows(at, ac.constraint())) {
                String scan = constraintScan(ac.constraint());
                if (scan != null) {
                    w = new StatementWork(Workload.SCAN, at.table(), scan + " " + t);
                }
            } else if (action instanceof AlterAction.ValidateConstraint vc) {
                w = new StatementWork(Workload.SCAN, at.table(), "scans " + t + " to validate " + Names.quoted(vc.name()));
            } else if (action instanceof AlterAction.AttachPartition ap) {
                w = new StatementWork(Workload.SCAN, at.table(), "scans partition " + Names.quoted(ap.partition())
                        + " to check its partition bounds");
            } else {
                String form = rewritingForm(action);
                if (form != null) {
                    w = new StatementWork(Workload.REWRITE, at.table(), "rewrites " + t + " (" + form + ")");
                }
            }
            if (w.workload().compareTo(heaviest.workload()) > 0) {
                heaviest = w;
            }
        }
        return heaviest;
    }

    /**
     * Adding {@code c} in {@code at} reads the table's rows to validate them: not for NOT VALID, and not for a FOREIGN
     * KEY written inline on an ADD COLUMN of an ALTER that gives no added column a DEFAULT (or generation expression)
     * and has no FOREIGN KEY clause of its own: PostgreSQL then skips the check, as every new value is NULL
     * (transformAlterTableStmt's skipValidation).
     */
    public static boolean validatesExistingRows(Statement.AlterTable at, ConstraintDef c) {
        if (c.notValid()) {
            return false;
        }
        boolean inlineForeignKey = c.kind() == ConstraintDef.Kind.FOREIGN_KEY && at.actions(AlterAction.AddConstraint.class)
                .stream().anyMatch(a -> a.constraint() == c && a.inline());
        if (!inlineForeignKey) {
            return true;
        }
        boolean anyDefault = at.actions(AlterAction.AddColumn.class).stream().map(AlterAction.AddColumn::column)
                .anyMatch(col -> col.defaultValue() != null || col.generated() != ColumnDef.Generated.NONE || col.identity());
        boolean foreignKeyClause = at.actions(AlterAction.AddConstraint.class).stream()
                .anyMatch(a -> !a.inline() && a.constraint().kind() == ConstraintDef.Kind.FOREIGN_KEY);
        return anyDefault || foreignKeyClause;
    }

    /** What reading an ADD CONSTRAINT does, as a verb phrase before the table name, or null when it reads nothing. */
    private static String constraintScan(ConstraintDef c) {
        if (c.notValid()) {
            return null;
        }
        return switch (c.kind()) {
            case FOREIGN_KEY -> "scans to validate FOREIGN KEY" + (c.name() == null ? "" : " " + Names.quoted(c.name())) + " on";
            case CHECK, NOT_NULL -> "scans to validate CHECK" + (c.name() == null ? "" : " " + Names.quoted(c.name())) + " on";
            case PRIMARY_KEY, UNIQUE, EXCLUDE -> c.usingIndex() != null ? null
                    : "builds the index of " + c.kind().name().replace('_', ' ') + " on";
            default -> null;
        };
    }

    /** SET NOT NULL reads every row: the column is not already NOT NULL and no validated CHECK proves it (PG 12+). */
    public static boolean setNotNullScans(Optional<TableState> table, String column, int pgVersion) {
        boolean alreadyNotNull = table.flatMap(t -> t.column(column)).map(ColumnState::notNull).orElse(false);
        boolean proven = table.map(t -> t.hasValidatedNotNullCheck(column)).orElse(false);
        return !alreadyNotNull && !(proven && pgVersion >= 12);
    }

    /** SET TABLESPACE / SET LOGGED / SET UNLOGGED / SET ACCESS METHOD: the ALTER TABLE forms that copy the table, or null. */
    public static String rewritingForm(AlterAction action) {
        if (action instanceof AlterAction.SetTablespace) {
            return "SET TABLESPACE";
        }
        if (action instanceof AlterAction.SetLogged sl) {
            return sl.logged() ? "SET LOGGED" : "SET UNLOGGED";
        }
        if (action instanceof AlterAction.Other o && o.keyword() != null
                && o.keyword().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ").startsWith("SET ACCESS METHOD")) {
            return "SET ACCESS METHOD";
        }
        return null;
    }
}
