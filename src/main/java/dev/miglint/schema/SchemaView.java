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
    default List<IndexState> indexesOn(QualifiedName table) {
        return List.of();
    }

    /** A domain the history created (CREATE DOMAIN), with the constraints ALTER DOMAIN left it. */
    default Optional<DomainState> domain(QualifiedName name) {
        return Optional.empty();
    }

    /** The columns of the history's tables whose type is the domain {@code name}. */
    default List<DomainState.Use> domainUses(QualifiedName name) {
        return List.of();
    }

    /** The values of an enum type created in the history, if known. */
    Optional<List<String>> enumValues(QualifiedName type);

    /** Created (CREATE TABLE/TYPE/SCHEMA/VIEW/SEQUENCE/INDEX/FUNCTION...) earlier in the current migration file. */
    default boolean createdInMigration(dev.miglint.model.ObjectKind kind, QualifiedName name) {
        return false;
    }

    /** For an enum type created in the current migration: the transaction number it was created in (-1: none). */
    default Optional<Integer> enumCreatedInTransaction(QualifiedName type) {
        return Optional.empty();
    }

    /** Enum values added by ALTER TYPE ... ADD VALUE in the current migration file, in order. */
    default List<AddedEnumValue> enumValuesAdded() {
        return List.of();
    }

    /**
     * The statement's part in a table redefinition of the current migration (new table, copy, drop, rename
     * back), found by looking at the whole migration file; empty for statements outside such a pattern.
     */
    default Optional<TableRedefinition> redefinition(dev.miglint.model.ParsedStatement statement) {
        return Optional.empty();
    }

    /** Created earlier in the current migration: empty and unused, so locks and scans cost nothing. */
    default boolean isNewTable(QualifiedName name) {
        return table(name).map(TableState::newInMigration).orElse(false);
    }

    /** The views the history created whose definition uses {@code table.column} (or all its columns). */
    default java.util.Set<String> viewsUsingColumn(QualifiedName table, String column) {
        return java.util.Set.of();
    }

    /** The triggers the history created ON {@code table} and did not drop (names, sorted); dropping the table drops them. */
    default java.util.Set<String> triggersOn(QualifiedName table) {
        return java.util.Set.of();
    }

    default java.util.Map<String, java.util.Set<String>> dependentsNamingDroppedTables() {
        return java.util.Map.of();
    }

    /**
     * MySQL: the table has a FULLTEXT index or a storage engine other than InnoDB as far as the history tells: OPTIMIZE
     * TABLE copies it with writes blocked (InnoDB without FULLTEXT rebuilds online), and ALGORITHM=INSTANT is refused.
     */
    default boolean mysqlFulltextOrNotInnodb(QualifiedName table) {
        return false;
    }

    /** The declared volatility of a function the history created (VOLATILE when it declared none). */
    default Optional<dev.miglint.model.Volatility> functionVolatility(QualifiedName name) {
        return Optional.empty();
    }

    /** The output columns of a view the history created, when its definition tells them. */
    default Optional<List<dev.miglint.model.ViewOutputColumns.Column>> viewOutputColumns(QualifiedName view) {
        return Optional.empty();
    }

    /**
     * The columns (lower-cased) that lead an index of {@code table}: the first column of its primary key, unique and
     * foreign keys (InnoDB indexes those), its CREATE INDEX indexes and MySQL inline / ADD INDEX keys.
     */
    default java.util.Set<String> seekableLeadingColumns(QualifiedName table) {
        return java.util.Set.of();
    }

    /** The other tables whose FOREIGN KEY constraints name {@code table} as their parent (sorted by name). */
    default List<QualifiedName> tablesReferencing(QualifiedName table) {
        return List.of();
    }

    /** A view or materialized view the history created (in any migration) and did not drop. */
    default boolean isKnownView(QualifiedName name) {
        return false;
    }

    /** A view or materialized view created earlier in the current migration. */
    default boolean isNewView(QualifiedName name) {
        return false;
    }

    /**
     * A materialized view the history created (CREATE MATERIALIZED VIEW) or refreshed: nothing but REFRESH writes
     * it, so only locks that block reads stop the application.
     */
    default boolean isMaterializedView(QualifiedName name) {
        return false;
    }

    /**
     * A sequence the history created: CREATE SEQUENCE, or the implicit {@code <table>_<column>_seq} of a serial or
     * identity column. PostgreSQL accepts ALTER TABLE on a sequence (Rails' rename_table renames one that way), so
     * rules about tables check this first.
     */
    default boolean isSequence(QualifiedName name) {
        return false;
    }

    /** A table, view or materialized view that was not created in this migration (unknown ones included). */
    default boolean isExistingRelation(QualifiedName name) {
        return !isNewTable(name) && !isNewView(name);
    }

    /**
     * Emptied earlier in the current migration (TRUNCATE, or DELETE without WHERE) and not refilled by an
     * INSERT ... SELECT since: its lock still waits behind running queries, but scans and index builds are instant.
     */
    default boolean isEmptiedInMigration(QualifiedName name) {
        return false;
    }

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
}
