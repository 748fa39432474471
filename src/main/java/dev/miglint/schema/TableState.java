package dev.miglint.schema;

import dev.miglint.model.QualifiedName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table as the history left it. {@code newInMigration}: created in the migration being linted, so it is
 * empty and nobody else uses it yet. {@code declared}: created somewhere in the given history (otherwise we
 * only know of it from an ALTER and assume it exists with data).
 */
public final class TableState {
    private final QualifiedName name;
    private final boolean newInMigration;
    private final boolean declared;
    private final int createdInTransaction;
    private final Map<String, ColumnState> columns = new LinkedHashMap<>();
    private final Map<String, ConstraintState> constraints = new LinkedHashMap<>();
    /** MySQL: the table's default character set (normalized), null when not known. */
    private String defaultCharset;
    /** PostgreSQL: the key of a partitioned table as written inside PARTITION BY ... ( ), null when not partitioned. */
    private String partitionKey;
    /** PostgreSQL: its DEFAULT partition (CREATE TABLE ... PARTITION OF it DEFAULT), null when none is known. */
    private QualifiedName defaultPartition;
    /** Columns the database fills when an INSERT leaves them out: identity / AUTO_INCREMENT, serial, generated. */
    private final java.util.Set<String> selfFilled = new java.util.HashSet<>();
    /** Columns that are NOT NULL only because they are in the PRIMARY KEY (SQLite lets those hold NULL). */
    private final java.util.Set<String> notNullByPrimaryKey = new java.util.HashSet<>();
    /** The catalog that may change this state in place (TableCatalog's copy-on-write); anyone else copies it first. */
    Object owner;

    TableState(QualifiedName name, boolean newInMigration, boolean declared, int createdInTransaction) {
        this.name = name;
        this.newInMigration = newInMigration;
        this.declared = declared;
        this.createdInTransaction = createdInTransaction;
    }

    /** {@code CREATE TABLE newName LIKE this}: the same columns and constraints, a new, empty table. */
    TableState likeAs(QualifiedName newName, int createdInTransaction) {
        TableState t = new TableState(newName, true, true, createdInTransaction);
        columns.values().forEach(c -> t.columns.put(c.name(), new ColumnState(c.name(), c.type(), c.notNull(),
                c.defaultValue(), true, c.charset(), null, c.collation())));
        t.constraints.putAll(constraints);
        t.defaultCharset = defaultCharset;
        t.partitionKey = partitionKey;
        t.notNullByPrimaryKey.addAll(notNullByPrimaryKey);
        return t;
    }

    TableState copyAs(QualifiedName newName, boolean newInMigration) {
        TableState t = new TableState(newName, newInMigration, declared, createdInTransaction);
        t.columns.putAll(columns);
        t.constraints.putAll(constraints);
        return withTableFacts(t);
    }

    /** The state a later migration sees: nothing in it is new any more. */
    TableState settled() {
        TableState t = new TableState(name, false, declared, createdInTransaction);
        columns.forEach((k, c) -> t.columns.put(k, c.newInMigration() ? c.settled() : c));
        constraints.forEach((k, c) -> t.constraints.put(k, c.newInMigration() ? c.settled() : c));
        return withTableFacts(t);
    }

    /** {@code copy} with this table's facts beyond its columns and constraints. */
    private TableState withTableFacts(TableState copy) {
        copy.defaultCharset = defaultCharset;
        copy.partitionKey = partitionKey;
        copy.defaultPartition = defaultPartition;
        copy.selfFilled.addAll(selfFilled);
        copy.notNullByPrimaryKey.addAll(notNullByPrimaryKey);
        return copy;
    }

    public QualifiedName name() {
        return name;
    }

    public boolean newInMigration() {
        return newInMigration;
    }

    public boolean declared() {
        return declared;
    }

    public int createdInTransaction() {
        return createdInTransaction;
    }

    /** MySQL: the table's default character set (CREATE TABLE ... CHARSET=, ALTER TABLE ... CHARACTER SET), if known. */
    public Optional<String> defaultCharset() {
        return Optional.ofNullable(defaultCharset);
    }

    void setDefaultCharset(String charset) {
        this.defaultCharset = charset;
    }

    /** The partition key as written ({@code occurred_at}, {@code tenant_id, lower(code)}) of a partitioned table. */
    public Optional<String> partitionKey() {
        return Optional.ofNullable(partitionKey);
    }

    void setPartitionKey(String key) {
        this.partitionKey = key;
    }

    /** The DEFAULT partition of this partitioned table, if the history created one. */
    public Optional<QualifiedName> defaultPartition() {
        return Optional.ofNullable(defaultPartition);
    }

    void setDefaultPartition(QualifiedName partition) {
        this.defaultPartition = partition;
    }

    public Optional<ColumnState> column(String column) {
        return Optional.ofNullable(columns.get(column));
    }

    public List<ColumnState> columns() {
        return List.copyOf(columns.values());
    }

    public Optional<ConstraintState> constraint(String constraintName) {
        return Optional.ofNullable(constraints.get(constraintName));
    }

    public List<ConstraintState> constraints() {
        return new ArrayList<>(constraints.values());
    }

    /** A validated {@code CHECK (column IS NOT NULL)} lets PG 12+ SET NOT NULL skip its scan. */
    public boolean hasValidatedNotNullCheck(String column) {
        return constraints.values().stream().anyMatch(c -> c.validated()
                && column.equals(c.definition().checkedNotNullColumn()));
    }

    /**
     * A validated CHECK constraint mentions one of {@code columns} (any validated CHECK when {@code columns} is
     * empty): the evidence that lets ATTACH PARTITION skip its scan when the CHECK implies the partition bound.
     */
    public boolean hasValidatedCheckOn(java.util.Collection<String> columns) {
        return constraints.values().stream().anyMatch(c -> c.validated()
                && c.definition().kind() == dev.miglint.model.ConstraintDef.Kind.CHECK
                && c.definition().checkExpression() != null
                && (columns.isEmpty() || dev.miglint.model.Identifiers.namesIn(c.definition().checkExpression().text())
                        .stream().anyMatch(columns::contains)));
    }

    void putColumn(ColumnState c) {
        columns.put(c.name(), c);
    }

    void removeColumn(String column) {
        columns.remove(column);
        selfFilled.remove(column);
        notNullByPrimaryKey.remove(column);
    }

    void renameColumn(String from, String to) {
        ColumnState c = columns.get(from);
        if (c != null) { // keeps the column's position: an INSERT without a column list fills columns in order
            Map<String, ColumnState> ordered = new LinkedHashMap<>();
            columns.forEach((k, v) -> {
                if (k.equals(from)) {
                    ordered.put(to, c.renamed(to));
                } else if (!k.equals(to)) {
                    ordered.put(k, v);
                }
            });
            columns.clear();
            columns.putAll(ordered);
        }
        if (selfFilled.remove(from)) {
            selfFilled.add(to);
        }
        if (notNullByPrimaryKey.remove(from)) {
            notNullByPrimaryKey.add(to);
        }
    }

    /** The database fills the column when an INSERT leaves it out: identity / AUTO_INCREMENT, serial, generated. */
    public boolean fillsItself(String column) {
        return selfFilled.contains(column);
    }

    /** The column is NOT NULL only through the PRIMARY KEY, not by its own NOT NULL (SQLite lets it hold NULL). */
    public boolean notNullOnlyByPrimaryKey(String column) {
        return notNullByPrimaryKey.contains(column);
    }

    void markSelfFilled(String column, boolean fills) {
        if (fills) {
            selfFilled.add(column);
        } else {
            selfFilled.remove(column);
        }
    }

    void markNotNullByPrimaryKey(String column, boolean onlyByKey) {
        if (onlyByKey) {
            notNullByPrimaryKey.add(column);
        } else {
            notNullByPrimaryKey.remove(column);
        }
    }

    void putConstraint(ConstraintState c) {
        constraints.put(c.name(), c);
    }

    void removeConstraint(String constraintName) {
        constraints.remove(constraintName);
    }
}
