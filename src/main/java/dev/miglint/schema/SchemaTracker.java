package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a history statement by statement so rules know what exists, what is new in the current
 * migration, column types, constraint validation and transaction state. Rules see it through
 * {@link SchemaView} and {@link TransactionView} as it was just before their statement.
 * It coordinates the parts that hold the facts: the catalog ({@link TableCatalog}, {@link TypeCatalog},
 * {@link RelationCatalog}, {@link FunctionCatalog}, {@link MysqlTableFacts}, {@link ViewDependencies}), the current
 * migration's state ({@link MigrationState}, {@link Redefinitions}) and the session ({@link SessionState}).
 */
public final class SchemaTracker implements SchemaView, TransactionView {
    private final TableCatalog tables = new TableCatalog();
    private final TypeCatalog types = new TypeCatalog();
    private final RelationCatalog relations = new RelationCatalog();
    private final FunctionCatalog functions = new FunctionCatalog();
    private final MysqlTableFacts mysql = new MysqlTableFacts();
    /** Views and triggers with the names they mention, and tables dropped since (SQLite RENAME re-parses them). */
    private final ViewDependencies viewDependencies = new ViewDependencies();
    private final GoneRelations goneRelations = new GoneRelations();
    private final MigrationState migration = new MigrationState();
    private final Redefinitions redefinitions = new Redefinitions();
    private final SessionState session = new SessionState();
    private final int pgVersion;
    /** The file span of the statement being applied (null when applied without one): where a held lock was taken. */
    private dev.miglint.model.Span applyingSpan;

    /** {@code pgVersion}: lock modes differ by version (e.g. ATTACH PARTITION before 12). */
    public SchemaTracker(int pgVersion) {
        this.pgVersion = pgVersion;
    }

    /**
     * A tracker for replaying a migration the history itself never sees (a down step): a copy of the catalog as this
     * one stands (tables, indexes, types, views, functions, copies of rows across the history), which the replay may
     * change without changing this one. The migration and session state are not copied: the replay begins a migration
     * of its own, so what the last one created or changed is settled, no longer new, in it.
     */
    public SchemaTracker fork() {
        SchemaTracker copy = new SchemaTracker(pgVersion);
        copy.tables.copyFrom(tables);
        copy.types.copyFrom(types);
        copy.relations.copyFrom(relations);
        copy.functions.copyFrom(functions);
        copy.mysql.copyFrom(mysql);
        copy.viewDependencies.copyFrom(viewDependencies);
        // what the history removed is not copied: a down step runs after the downs of every later migration, which
        // the replay does not see (they may create the removed tables again), so only its own removals count there
        copy.redefinitions.copyFrom(redefinitions);
        return copy;
    }

    /**
     * Starts a migration file handed to the database as {@code wrapping} says. {@code SINGLE_EXEC}: PostgreSQL runs a
     * query string of several (top-level) statements as one implicit transaction block, and after a COMMIT or
     * ROLLBACK in it the rest of the string is again one (exec_simple_query, "Multiple Statements in a Simple
     * Query"); a string of one statement runs outside any block.
     */
    public void beginMigration(dev.miglint.model.TransactionWrapping wrapping, List<ParsedStatement> statements) {
        session.beginMigration(wrapping, statements);
        redefinitions.beginMigration(statements);
        viewDependencies.beginMigration(statements);
        tables.settleMigration();
        relations.settleMigration();
        migration.begin();
    }

    /** Ends the migration file: an implicit transaction commits here. */
    public void endMigration() {
        session.endMigration();
    }

    /** Like {@link #apply(Statement)}, also remembering where an explicit transaction was opened. */
    public void apply(ParsedStatement statement) {
        session.noteTransactionStart(statement);
        TableRedefinition r = statement.nested() ? null : redefinition(statement).orElse(null);
        applyingSpan = statement.span();
        try {
            apply(statement.model());
        } finally {
            applyingSpan = null;
        }
        if (!statement.nested()) {
            viewDependencies.apply(statement);
            goneRelations.apply(statement.model());
            relations.recordViewOutputs(statement, this::knownColumns);
        }
        if (r != null && r.role() != TableRedefinition.Role.RENAME_AWAY && !statement.nested()) {
            // the redefined table holds the old rows again: later statements treat it as an existing table
            tables.settle(r.table());
            migration.forgetCreated(ObjectKind.TABLE, r.table());
        }
    }

    public void apply(Statement statement) {
        boolean autocommit = !inTransaction() && !(statement instanceof Statement.TransactionControl);
        applyStatement(statement);
        if (statement instanceof Statement.AlterTable at) { // MySQL RENAME TABLE a TO b, c TO d: the further pairs
            at.actions(AlterAction.RenameTable.class).forEach(rt -> rt.alsoRenamed().forEach(pair -> applyStatement(
                    new Statement.AlterTable(pair.from(), false, false, List.of(new AlterAction.RenameTable(pair.to()))))));
        }
        if (autocommit && !inTransaction()) {
            session.autocommitted();
        }
    }

    /** Each part reads the state just before the statement, so locks and emptied tables are recorded first. */
    private void applyStatement(Statement statement) {
        boolean onSequence = statement instanceof Statement.AlterTable a && relations.isSequenceName(a.table().name());
        recordLocks(statement);
        redefinitions.recordCopies(statement);
        migration.recordFilled(statement, this);
        migration.recordEmptied(statement, this);
        migration.recordCreated(statement);
        relations.apply(statement);
        functions.apply(statement);
        mysql.apply(statement);
        if (statement instanceof Statement.TransactionControl tc) {
            session.applyTransaction(tc);
        } else if (statement instanceof Statement.SetVariable sv) {
            session.applySet(sv);
        } else if (statement instanceof Statement.SetConfig sc) {
            sc.settings().forEach(session::applySet);
        }
        tables.apply(statement, transactionNumber(), !onSequence);
        types.apply(statement);
        applyEnumChanges(statement);
    }

    /** Enum changes the migration state remembers (by transaction), and a type rename the columns follow. */
    private void applyEnumChanges(Statement statement) {
        int transaction = inTransaction() ? transactionNumber() : -1;
        if (statement instanceof Statement.CreateType ct && ct.domain() == null && !ct.enumValues().isEmpty()) {
            migration.enumCreated(ct.type(), transaction);
        } else if (statement instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.ADD_VALUE
                && types.addEnumValue(at.type(), at.value())) {
            migration.enumValueAdded(at.type(), at.value(), transaction);
        } else if (statement instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.RENAME
                && at.newValue() != null) {
            tables.renameColumnTypes(at.type().name(), at.newValue());
        }
    }

    private void recordLocks(Statement statement) {
        if (!inTransaction()) {
            return;
        }
        for (TableLock lock : TableLocks.of(statement, this, pgVersion)) {
            if (lock.blocksTraffic() && !isNewTable(lock.table())) {
                session.addHeldLock(new HeldLock(lock.table(), lock.mode(), lock.tableOfIndex(), Statements.label(statement),
                        applyingSpan));
            }
        }
    }

    // SchemaView

    @Override
    public Optional<TableState> table(QualifiedName name) {
        return tables.table(name);
    }

    @Override
    public Optional<IndexState> index(QualifiedName name) {
        return tables.index(name);
    }

    @Override
    public List<IndexState> indexesOn(QualifiedName table) {
        return tables.indexesOn(table);
    }

    @Override
    public List<QualifiedName> tablesReferencing(QualifiedName table) {
        return tables.tablesReferencing(table);
    }

    @Override
    public List<String> dependentsOf(ObjectKind kind, QualifiedName name) {
        return tables.dependents().of(kind, name, viewDependencies.calling(name.name()));
    }

    @Override
    public List<TableColumn> columnsUsingSequence(QualifiedName sequence) {
        return tables.dependents().columnsUsingSequence(sequence);
    }

    @Override
    public List<String> foreignKeysNeeding(QualifiedName table, String constraint) {
        return tables.dependents().foreignKeysNeeding(table, constraint);
    }

    @Override
    public boolean isEmptiedInMigration(QualifiedName name) {
        return migration.emptied(name);
    }

    @Override
    public boolean isMaterializedView(QualifiedName name) {
        return relations.isMaterializedView(name);
    }

    @Override
    public boolean isSequence(QualifiedName name) {
        return relations.isSequenceName(name.name()) && !tables.contains(name.name());
    }

    @Override
    public Set<String> viewsUsingColumn(QualifiedName table, String column) {
        return viewDependencies.viewsUsing(table.name(), column);
    }

    @Override
    public Set<String> triggersOn(QualifiedName table) {
        return viewDependencies.triggersOn(table.name());
    }

    @Override
    public java.util.List<TriggerRead> triggerReads(QualifiedName table) {
        return viewDependencies.triggerReads(table.name());
    }

    @Override
    public Set<String> dependentsNaming(QualifiedName table) {
        return viewDependencies.dependentsNaming(table.name());
    }

    @Override
    public Optional<String> goneRelation(QualifiedName name) {
        return goneRelations.find(name).map(GoneRelations.Gone::how);
    }

    @Override
    public Optional<QualifiedName> rowsCopiedFrom(QualifiedName table) {
        return migration.filledFrom(table);
    }

    @Override
    public Optional<String> goneColumn(QualifiedName table, String column) {
        return goneRelations.findColumn(table, column);
    }

    @Override
    public Map<String, Set<String>> dependentsNamingDroppedTables() {
        return viewDependencies.namingDroppedTables();
    }

    @Override
    public boolean isNewView(QualifiedName name) {
        return relations.isNewView(name);
    }

    @Override
    public boolean isKnownView(QualifiedName name) {
        return relations.isKnownView(name);
    }

    @Override
    public Optional<List<dev.miglint.model.ViewOutputColumns.Column>> viewOutputColumns(QualifiedName view) {
        return relations.viewOutputColumns(view);
    }

    @Override
    public Optional<List<dev.miglint.model.ViewOutputColumns.Column>> knownColumns(QualifiedName relation) {
        Optional<List<dev.miglint.model.ViewOutputColumns.Column>> table = tables.table(relation)
                .filter(t -> t.declared() && !t.columns().isEmpty())
                .map(t -> t.columns().stream().map(c -> new dev.miglint.model.ViewOutputColumns.Column(c.name(),
                        c.type() == null ? null : dev.miglint.model.SelectItemTypes.normalizedType(c.type()))).toList());
        return table.isPresent() || tables.table(relation).isPresent() ? table : relations.viewOutputColumns(relation);
    }

    @Override
    public Optional<DomainState> domain(QualifiedName name) {
        return types.domain(name);
    }

    @Override
    public List<DomainState.Use> domainUses(QualifiedName name) {
        return tables.domainUses(name);
    }

    @Override
    public Optional<List<String>> enumValues(QualifiedName type) {
        return types.enumValues(type);
    }

    @Override
    public boolean createdInMigration(ObjectKind kind, QualifiedName name) {
        return migration.created(kind, name);
    }

    @Override
    public Optional<Integer> enumCreatedInTransaction(QualifiedName type) {
        return migration.enumCreatedInTransaction(type);
    }

    @Override
    public List<AddedEnumValue> enumValuesAdded() {
        return migration.enumValuesAdded();
    }

    @Override
    public Optional<TableRedefinition> redefinition(ParsedStatement statement) {
        return redefinitions.of(statement, tables::contains);
    }

    @Override
    public Optional<FunctionFacts> function(QualifiedName name) {
        return functions.function(name);
    }

    @Override
    public boolean mysqlFulltextOrNotInnodb(QualifiedName table) {
        return mysql.fulltextOrNotInnodb(table);
    }

    @Override
    public Set<String> seekableLeadingColumns(QualifiedName table) {
        return mysql.seekableLeadingColumns(table(table), indexesOn(table));
    }

    @Override
    public Optional<String> ignoredPragma(String name) {
        return session.ignoredPragma(name);
    }

    // TransactionView: the session's

    @Override
    public dev.miglint.model.Span explicitTransactionStart() {
        return session.explicitTransactionStart();
    }

    @Override
    public boolean inTransaction() {
        return session.inTransaction();
    }

    @Override
    public boolean singleExec() {
        return session.singleExec();
    }

    @Override
    public int execBlockStatements() {
        return session.execBlockStatements();
    }

    /** A goose StatementBegin/End block of {@code statements} statements starts, sent as one Exec. */
    public void beginExecBlock(int statements) {
        session.beginExecBlock(statements);
    }

    /** That block's Exec ends: its implicit transaction block commits. */
    public void endExecBlock() {
        session.endExecBlock();
    }

    @Override
    public boolean implicit() {
        return session.implicit();
    }

    @Override
    public int transactionNumber() {
        return session.transactionNumber();
    }

    @Override
    public boolean lockTimeoutSet() {
        return session.lockTimeoutSet();
    }

    @Override
    public boolean statementTimeoutSet() {
        return session.statementTimeoutSet();
    }

    @Override
    public Optional<String> setting(String name) {
        return session.setting(name);
    }

    @Override
    public List<HeldLock> heldLocks() {
        return session.heldLocks();
    }
}
