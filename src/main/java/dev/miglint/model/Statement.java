package dev.miglint.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Our statement model. Parsers (JSqlParser and our recognizer) build these; rules read only these.
 * Every kind a rule cares about has its own record; the rest are {@link Other} with their leading keywords.
 */
public sealed interface Statement {

    /**
     * {@code options}: the table options after the column list, keys upper-cased ({@code ENGINE}, {@code CHARSET}
     * for [DEFAULT] CHARSET / CHARACTER SET, {@code COLLATE}, {@code ROW_FORMAT}, SQLite {@code STRICT} and
     * {@code WITHOUT ROWID} with value "true"), values as written without quotes; MySQL {@code CREATE TABLE t LIKE s}
     * has no columns and the option {@link #LIKE} naming {@code s}. {@code query}: for {@code CREATE TABLE ... AS
     * SELECT ... FROM t}, what the query reads (null for another query or none).
     */
    record CreateTable(QualifiedName table, List<ColumnDef> columns, List<ConstraintDef> constraints,
            boolean ifNotExists, boolean temporary, boolean asSelect, QualifiedName partitionOf,
            java.util.Map<String, String> options, SelectSource query) implements Statement {
        /** The option key of {@code CREATE TABLE t LIKE source}: the source table, as {@link QualifiedName#parse} reads it. */
        public static final String LIKE = "LIKE";
        /** The option key present when a MySQL CREATE TABLE declares a FULLTEXT index inline. */
        public static final String FULLTEXT = "FULLTEXT";
        /** The option key listing, comma-separated, the first column of each MySQL {@code KEY / INDEX} declared inline. */
        public static final String INDEX_LEADING_COLUMNS = "INDEX LEADING COLUMNS";

        public CreateTable {
            columns = List.copyOf(columns);
            constraints = List.copyOf(constraints);
            options = options == null ? java.util.Map.of() : java.util.Map.copyOf(options);
        }

        public CreateTable(QualifiedName table, List<ColumnDef> columns, List<ConstraintDef> constraints,
                boolean ifNotExists, boolean temporary, boolean asSelect, QualifiedName partitionOf,
                java.util.Map<String, String> options) {
            this(table, columns, constraints, ifNotExists, temporary, asSelect, partitionOf, options, null);
        }

        public CreateTable(QualifiedName table, List<ColumnDef> columns, List<ConstraintDef> constraints,
                boolean ifNotExists, boolean temporary, boolean asSelect, QualifiedName partitionOf) {
            this(table, columns, constraints, ifNotExists, temporary, asSelect, partitionOf, java.util.Map.of());
        }

        /** A table option by its upper-cased key (see {@code options}). */
        public java.util.Optional<String> option(String key) {
            return java.util.Optional.ofNullable(options.get(key));
        }
    }

    record AlterTable(QualifiedName table, boolean ifExists, boolean only, List<AlterAction> actions) implements Statement {
        public AlterTable {
            actions = List.copyOf(actions);
        }

        public <T extends AlterAction> List<T> actions(Class<T> type) {
            // a loop, not a stream: rules and the tracker ask this of every ALTER TABLE many times over
            List<T> matching = null;
            for (AlterAction action : actions) {
                if (type.isInstance(action)) {
                    if (matching == null) {
                        matching = new ArrayList<>(actions.size());
                    }
                    matching.add(type.cast(action));
                }
            }
            return matching == null ? List.of() : Collections.unmodifiableList(matching);
        }

        /**
         * The name {@code column} had before this statement: MySQL's {@code CHANGE old new type} renames and redefines
         * in one action, which the model keeps as a RenameColumn and a redefinition under the new name.
         */
        public String columnBefore(String column) {
            for (AlterAction.RenameColumn rename : actions(AlterAction.RenameColumn.class)) {
                if (rename.to().equals(column)) {
                    return rename.from();
                }
            }
            return column;
        }
    }

    /** {@code only}: {@code ON ONLY} a partitioned table: an invalid index on the parent alone, nothing is built. */
    record CreateIndex(String name, QualifiedName table, boolean unique, boolean concurrently, boolean ifNotExists,
            List<String> columns, String method, SqlExpr where, boolean only) implements Statement {
        public CreateIndex {
            columns = List.copyOf(columns);
        }

        public CreateIndex(String name, QualifiedName table, boolean unique, boolean concurrently, boolean ifNotExists,
                List<String> columns, String method, SqlExpr where) {
            this(name, table, unique, concurrently, ifNotExists, columns, method, where, false);
        }
    }

    record DropIndex(List<QualifiedName> indexes, boolean concurrently, boolean ifExists, boolean cascade) implements Statement {
        public DropIndex {
            indexes = List.copyOf(indexes);
        }
    }

    /**
     * DROP of anything but an index: TABLE, VIEW, SCHEMA, DATABASE, TYPE, SEQUENCE, FUNCTION...; {@code table}: the
     * {@code ON table} of DROP TRIGGER / POLICY / RULE, else null.
     */
    record Drop(ObjectKind kind, List<QualifiedName> names, boolean ifExists, boolean cascade, QualifiedName table)
            implements Statement {
        public Drop {
            names = List.copyOf(names);
        }

        public Drop(ObjectKind kind, List<QualifiedName> names, boolean ifExists, boolean cascade) {
            this(kind, names, ifExists, cascade, null);
        }
    }

    /** RENAME of a schema, index, sequence, view, type or enum value (ALTER TABLE ... RENAME is an {@link AlterAction}). */
    record Rename(ObjectKind kind, QualifiedName from, String to) implements Statement { }

    record Truncate(List<QualifiedName> tables, boolean cascade) implements Statement {
        public Truncate {
            tables = List.copyOf(tables);
        }
    }

    /**
     * {@code where}: the top-level WHERE (null without one); {@code hasWhere} is {@code where != null};
     * {@code joined}: the tables of a FROM list.
     */
    record Update(QualifiedName table, boolean hasWhere, WhereClause where, JoinedTables joined) implements Statement {
        public Update(QualifiedName table, boolean hasWhere) {
            this(table, hasWhere, hasWhere ? WhereClause.opaque("") : null, JoinedTables.NONE);
        }
    }

    /**
     * {@code where}: the top-level WHERE (null without one); {@code hasWhere} is {@code where != null};
     * {@code joined}: the tables of a USING list.
     */
    record Delete(QualifiedName table, boolean hasWhere, WhereClause where, JoinedTables joined) implements Statement {
        public Delete(QualifiedName table, boolean hasWhere) {
            this(table, hasWhere, hasWhere ? WhereClause.opaque("") : null, JoinedTables.NONE);
        }
    }

    /**
     * {@code fromSelect}: INSERT ... SELECT (a backfill); plain VALUES otherwise. {@code columns}: the target
     * column list as written (empty when omitted); {@code source}: for INSERT ... SELECT ... FROM a table, that
     * table and what the select list reads from it (null otherwise).
     */
    record Insert(QualifiedName table, boolean fromSelect, List<String> columns, SelectSource source) implements Statement {
        public Insert {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        public Insert(QualifiedName table, boolean fromSelect) {
            this(table, fromSelect, List.of(), null);
        }
    }

    /**
     * The first table of a SELECT's FROM clause and the identifiers its select list names (normalized);
     * {@code star}: the select list has {@code *} (or {@code t.*}), so every column is read; {@code items}: how
     * many expressions the select list has (a {@code *} counts as one), -1 when not known.
     */
    record SelectSource(QualifiedName table, java.util.Set<String> identifiers, boolean star, int items,
            WhereClause where, boolean narrowed) {
        public SelectSource {
            identifiers = java.util.Set.copyOf(identifiers);
        }

        /**
         * {@code where}: the SELECT's top-level WHERE (null without one); {@code narrowed}: a top-level LIMIT / FETCH /
         * JOIN / UNION / GROUP BY or a second FROM table makes the rows read something other than the table's rows.
         */
        public SelectSource(QualifiedName table, java.util.Set<String> identifiers, boolean star, int items) {
            this(table, identifiers, star, items, null, true);
        }

        /** The SELECT reads every row of {@code table}: no WHERE (or an always-true one), nothing narrowing it. */
        public boolean wholeTable() {
            return !narrowed && (where == null || where.alwaysTrue());
        }

        public SelectSource(QualifiedName table, java.util.Set<String> identifiers, boolean star) {
            this(table, identifiers, star, -1);
        }

        /** True when the select list reads {@code column} (by name, or through {@code *}). */
        public boolean reads(String column) {
            return star || identifiers.contains(column);
        }
    }

    /** SET / SET LOCAL / RESET / SQLite PRAGMA. {@code value} is null for RESET. */
    record SetVariable(String name, String value, boolean local, boolean pragma) implements Statement { }

    /**
     * {@code SELECT set_config('a', '1', false), set_config('b', '2', true)}: several settings in one statement
     * (a single call is modelled as a {@link SetVariable}).
     */
    record SetConfig(List<SetVariable> settings) implements Statement {
        public SetConfig {
            settings = List.copyOf(settings);
        }
    }

    record TransactionControl(Kind kind) implements Statement {
        public enum Kind { BEGIN, COMMIT, ROLLBACK, SAVEPOINT, RELEASE_SAVEPOINT, ROLLBACK_TO_SAVEPOINT, PREPARE_TRANSACTION }
    }

    record Vacuum(boolean full, List<QualifiedName> tables) implements Statement {
        public Vacuum {
            tables = List.copyOf(tables);
        }
    }

    record Cluster(QualifiedName table) implements Statement { }

    /** LOCK TABLE; {@code mode} upper-cased, "ACCESS EXCLUSIVE" when omitted. MySQL LOCK TABLES too. */
    record LockTable(List<QualifiedName> tables, String mode) implements Statement {
        public LockTable {
            tables = List.copyOf(tables);
        }
    }

    record Reindex(ObjectKind target, QualifiedName name, boolean concurrently) implements Statement { }

    record RefreshMaterializedView(QualifiedName view, boolean concurrently) implements Statement { }

    /** ALTER TYPE: ADD VALUE, RENAME VALUE, RENAME TO, or OTHER. */
    record AlterType(QualifiedName type, Action action, String value, String newValue, boolean ifNotExists) implements Statement {
        public enum Action { ADD_VALUE, RENAME_VALUE, RENAME, OTHER }
    }

    /**
     * CREATE TYPE ... AS ENUM (values) or another CREATE TYPE/DOMAIN (values empty); {@code domain}: for CREATE
     * DOMAIN, its base type and constraints (null for CREATE TYPE).
     */
    record CreateType(QualifiedName type, List<String> enumValues, DomainDef domain) implements Statement {
        public CreateType {
            enumValues = List.copyOf(enumValues);
        }

        public CreateType(QualifiedName type, List<String> enumValues) {
            this(type, enumValues, null);
        }
    }

    /** CREATE DOMAIN's base type, NOT NULL, number of CHECK constraints and their expressions (VALUE for the value). */
    record DomainDef(DataType baseType, boolean notNull, int checks, List<String> checkExpressions) {
        public DomainDef {
            checkExpressions = List.copyOf(checkExpressions);
        }

        public DomainDef(DataType baseType, boolean notNull, int checks) {
            this(baseType, notNull, checks, List.of());
        }

        /** PostgreSQL's DomainHasConstraints: values of the domain are checked (NOT NULL or a CHECK). */
        public boolean hasConstraints() {
            return notNull || checks > 0;
        }
    }

    /**
     * ALTER DOMAIN: {@code constraint} is the constraint name (ADD / VALIDATE / DROP CONSTRAINT; null for an unnamed
     * ADD); {@code notNull}: ADD CONSTRAINT ... NOT NULL (rather than CHECK); {@code notValid}: ADD ... NOT VALID.
     */
    record AlterDomain(QualifiedName domain, Action action, String constraint, boolean notNull, boolean notValid)
            implements Statement {
        public enum Action { ADD_CONSTRAINT, VALIDATE_CONSTRAINT, DROP_CONSTRAINT, SET_NOT_NULL, DROP_NOT_NULL, OTHER }

        /**
         * It checks every stored value of the domain, under a SHARE lock on each table using it: ADD CONSTRAINT without
         * NOT VALID, SET NOT NULL, and VALIDATE CONSTRAINT before PostgreSQL 18 (which validates under SHARE UPDATE
         * EXCLUSIVE).
         */
        public boolean checksStoredValues(int pgVersion) {
            return switch (action) {
                case ADD_CONSTRAINT -> !notValid;
                case SET_NOT_NULL -> true;
                case VALIDATE_CONSTRAINT -> pgVersion < 18;
                default -> false;
            };
        }
    }

    /**
     * ALTER SEQUENCE (not RENAME TO, which is a {@link Rename}); {@code asType}: its {@code AS type}, null when absent;
     * {@code restartsAtStart}: {@code RESTART} without a value (back to the sequence's start) or {@code RESTART [WITH]
     * 1} (or lower), so the next values are ones the sequence has already handed out.
     */
    record AlterSequence(QualifiedName sequence, DataType asType, boolean restartsAtStart) implements Statement { }

    /**
     * A statement on an object that belongs to one table and that PostgreSQL runs under an ACCESS EXCLUSIVE lock on
     * that table: {@code CREATE POLICY ... ON t}, {@code ALTER POLICY ... ON t}. {@code keyword}: e.g. "CREATE POLICY".
     */
    record OnTable(String keyword, QualifiedName table) implements Statement { }

    /** A DO block; its body's statements are modelled separately and marked as nested. */
    record DoBlock(String language) implements Statement { }

    /**
     * CREATE FUNCTION / PROCEDURE / TRIGGER (the body is not run by the migration); {@code table}: the {@code ON table}
     * of a trigger (null otherwise); {@code orReplace}: CREATE OR REPLACE; {@code volatility}: a function's declared
     * volatility (VOLATILE when it declares none, as PostgreSQL does); {@code signature}: a function's argument types
     * and result, null when not read (procedures, triggers, a header the reader does not follow).
     */
    record CreateRoutine(ObjectKind kind, QualifiedName name, QualifiedName table, boolean orReplace,
            Volatility volatility, RoutineSignature signature) implements Statement {
        public CreateRoutine(ObjectKind kind, QualifiedName name, QualifiedName table, boolean orReplace) {
            this(kind, name, table, orReplace, Volatility.VOLATILE, null);
        }

        public CreateRoutine(ObjectKind kind, QualifiedName name) {
            this(kind, name, null, false);
        }
    }

    /** CREATE VIEW / MATERIALIZED VIEW / SEQUENCE / EXTENSION / SCHEMA and similar. */
    record CreateOther(ObjectKind kind, QualifiedName name, boolean ifNotExists) implements Statement { }

    /** A psql meta-command such as {@code \connect}: skipped, reported as such. */
    record MetaCommand(String command) implements Statement { }

    /** A statement understood well enough to know it is harmless: GRANT, COMMENT ON, SELECT, ANALYZE... */
    record Other(String keyword) implements Statement { }

    /** A statement neither parser understood: reported, never silently skipped. */
    /**
     * Neither parser understood the statement. {@code invalid}: there is evidence that it is not valid SQL at all
     * (not merely SQL miglint does not know), and where; null otherwise.
     */
    record Unparsed(String reason, SyntaxProblem invalid) implements Statement {
        public Unparsed(String reason) {
            this(reason, null);
        }
    }
}
