package dev.miglint.schema;

import dev.miglint.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/** The schema as the history has built it up to the statement being checked. */
public interface SchemaView {

    /** The table if the history created or altered it. */
    Optional<TableState> table(QualifiedName name);

    Optional<IndexState> index(QualifiedName name);

    /** The indexes the history created on a table (CREATE INDEX; constraints are on the table state). */
    List<IndexState> indexesOn(QualifiedName table);

    /** A domain the history created (CREATE DOMAIN), with the constraints ALTER DOMAIN left it. */
    Optional<DomainState> domain(QualifiedName name);

    /** The columns of the history's tables whose type is the domain {@code name}. */
    List<DomainState.Use> domainUses(QualifiedName name);

    /** The values of an enum type created in the history, if known. */
    Optional<List<String>> enumValues(QualifiedName type);

    /** Created (CREATE TABLE/TYPE/SCHEMA/VIEW/SEQUENCE/INDEX/FUNCTION...) earlier in the current migration file. */
    boolean createdInMigration(dev.miglint.model.ObjectKind kind, QualifiedName name);

    /** For an enum type created in the current migration: the transaction number it was created in (-1: none). */
    Optional<Integer> enumCreatedInTransaction(QualifiedName type);

    /** Enum values added by ALTER TYPE ... ADD VALUE in the current migration file, in order. */
    List<AddedEnumValue> enumValuesAdded();

    /**
     * The statement's part in a table redefinition of the current migration (new table, copy, drop, rename
     * back), found by looking at the whole migration file; empty for statements outside such a pattern.
     */
    Optional<TableRedefinition> redefinition(dev.miglint.model.ParsedStatement statement);

    /** Created earlier in the current migration: empty and unused, so locks and scans cost nothing. */
    default boolean isNewTable(QualifiedName name) {
        return table(name).map(TableState::newInMigration).orElse(false);
    }

    /** The views the history created whose definition uses {@code table.column} (or all its columns). */
    java.util.Set<String> viewsUsingColumn(QualifiedName table, String column);

    /** The triggers the history created ON {@code table} and did not drop (names, sorted); dropping the table drops them. */
    java.util.Set<String> triggersOn(QualifiedName table);

    /** What the triggers ON {@code table} that run a trigger function the history created read of the row. */
    java.util.List<TriggerRead> triggerReads(QualifiedName table);

    java.util.Map<String, java.util.Set<String>> dependentsNamingDroppedTables();

    /**
     * MySQL: the table has a FULLTEXT index or a storage engine other than InnoDB as far as the history tells: OPTIMIZE
     * TABLE copies it with writes blocked (InnoDB without FULLTEXT rebuilds online), and ALGORITHM=INSTANT is refused.
     */
    boolean mysqlFulltextOrNotInnodb(QualifiedName table);

    /** A function the history created (by bare name): its volatility and overloads. */
    Optional<FunctionFacts> function(QualifiedName name);

    /** The declared volatility of a function the history created (VOLATILE when it declared none). */
    default Optional<dev.miglint.model.Volatility> functionVolatility(QualifiedName name) {
        return function(name).map(FunctionFacts::volatility);
    }

    /** The output columns of a view the history created, when its definition tells them. */
    Optional<List<dev.miglint.model.ViewOutputColumns.Column>> viewOutputColumns(QualifiedName view);

    /**
     * The columns, in order, with their types where known, of a table the history created (with its column list) or
     * of a view whose output columns it knows; what a view's {@code *} and column references resolve to.
     */
    Optional<List<dev.miglint.model.ViewOutputColumns.Column>> knownColumns(QualifiedName relation);

    /**
     * The columns (lower-cased) that lead an index of {@code table}: the first column of its primary key, unique and
     * foreign keys (InnoDB indexes those), its CREATE INDEX indexes and MySQL inline / ADD INDEX keys.
     */
    java.util.Set<String> seekableLeadingColumns(QualifiedName table);

    /** The columns of {@code table}'s primary key, in key order; empty when the history declared none. */
    default List<String> primaryKeyColumns(QualifiedName table) {
        return table(table).flatMap(t -> t.constraints().stream().map(ConstraintState::definition)
                        .filter(d -> d.kind() == dev.miglint.model.ConstraintDef.Kind.PRIMARY_KEY && !d.columns().isEmpty())
                        .map(dev.miglint.model.ConstraintDef::columns).findFirst())
                .orElse(List.of());
    }

    /**
     * The columns {@code where} seeks on (lower-cased) that lead no index of {@code table}, when that is all the WHERE
     * offers: the history declared the table (its keys are known), every condition was read, and none of the columns
     * leads an index. Empty when an index may serve the WHERE. A row-locking statement with such a WHERE (InnoDB)
     * scans and locks every row of the table, not only the rows it matches.
     */
    default Optional<java.util.SortedSet<String>> unindexedFilter(QualifiedName table, dev.miglint.model.WhereClause where) {
        if (table == null || where == null || !where.everyConjunctRead()
                || table(table).map(t -> !t.declared()).orElse(true)) {
            return Optional.empty();
        }
        java.util.SortedSet<String> seekable = new java.util.TreeSet<>();
        where.seekableColumns().forEach(c -> seekable.add(c.toLowerCase(java.util.Locale.ROOT)));
        java.util.Set<String> leads = seekableLeadingColumns(table);
        return seekable.stream().anyMatch(leads::contains) ? Optional.empty() : Optional.of(seekable);
    }

    /**
     * What the history made depend on {@code name}, a TYPE, DOMAIN, FUNCTION, PROCEDURE, SEQUENCE or INDEX, as
     * PostgreSQL records it: a plain DROP of it fails while these exist. Described for a message ("column items.m",
     * "the default of items.code", "trigger items_touch", "PRIMARY KEY constraint cats_pkey of cats"), sorted.
     */
    List<String> dependentsOf(dev.miglint.model.ObjectKind kind, QualifiedName name);

    /** The columns whose default draws on {@code sequence} ({@code nextval}, or a serial column's own sequence). */
    List<TableColumn> columnsUsingSequence(QualifiedName sequence);

    /** The FOREIGN KEYs of other tables that need {@code table}'s PRIMARY KEY or UNIQUE constraint {@code constraint}. */
    List<String> foreignKeysNeeding(QualifiedName table, String constraint);

    /** The other tables whose FOREIGN KEY constraints name {@code table} as their parent (sorted by name). */
    List<QualifiedName> tablesReferencing(QualifiedName table);

    /** A view or materialized view the history created (in any migration) and did not drop. */
    boolean isKnownView(QualifiedName name);

    /** A view or materialized view created earlier in the current migration. */
    boolean isNewView(QualifiedName name);

    /**
     * A materialized view the history created (CREATE MATERIALIZED VIEW) or refreshed: nothing but REFRESH writes
     * it, so only locks that block reads stop the application.
     */
    boolean isMaterializedView(QualifiedName name);

    /**
     * A sequence the history created: CREATE SEQUENCE, or the implicit {@code <table>_<column>_seq} of a serial or
     * identity column. PostgreSQL accepts ALTER TABLE on a sequence (Rails' rename_table renames one that way), so
     * rules about tables check this first.
     */
    boolean isSequence(QualifiedName name);

    /** A table, view or materialized view that was not created in this migration (unknown ones included). */
    default boolean isExistingRelation(QualifiedName name) {
        return !isNewTable(name) && !isNewView(name);
    }

    /**
     * Emptied earlier in the current migration (TRUNCATE, or DELETE without WHERE) and not refilled by an
     * INSERT ... SELECT since: its lock still waits behind running queries, but scans and index builds are instant.
     */
    boolean isEmptiedInMigration(QualifiedName name);

    /**
     * Reading every row of it costs nothing that anyone waits for: created in this migration (nobody uses it yet)
     * or emptied earlier in it. Rules about scans, validations, rewrites and index builds skip such tables.
     */
    default boolean isScanFree(QualifiedName name) {
        return !isExistingRelation(name) || isEmptiedInMigration(name);
    }

    /** The column was added (or its table created) in the current migration: nobody uses it yet. */
    default boolean isNewColumn(QualifiedName table, String column) {
        return table(table).flatMap(t -> t.column(column)).map(ColumnState::newInMigration).orElse(false);
    }

    /** Anything not created in this migration may hold rows and serve traffic (unknown tables included). */
    default boolean isExistingTable(QualifiedName name) {
        return !isNewTable(name);
    }

    /**
     * How a table or view the history knew went away and was not created again ("dropped", "renamed to x"); empty
     * when it exists or the history never saw it go.
     */
    Optional<String> goneRelation(QualifiedName name);

    /**
     * How a column of {@code table} the history knew went away and was not added again ("dropped", "renamed to x");
     * empty when it exists or the history never saw it go.
     */
    Optional<String> goneColumn(QualifiedName table, String column);

    /**
     * For a table a CREATE TABLE ... AS SELECT of the current migration made: the table whose rows it copied (one the
     * history knows, not created or emptied in this migration); empty otherwise, and once the copy is emptied.
     */
    Optional<QualifiedName> rowsCopiedFrom(QualifiedName table);

    /** The views and triggers ("view v") the history created that name {@code table} and outlive its DROP, sorted. */
    java.util.Set<String> dependentsNaming(QualifiedName table);
}
