package dev.miglint.schema;

import dev.miglint.dialect.mysql.MysqlCharsets;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replays a history statement by statement so rules know what exists, what is new in the current
 * migration, column types, constraint validation and transaction state. Rules see it through
 * {@link SchemaView} and {@link TransactionView} as it was just before their statement.
 */
public final class SchemaTracker implements SchemaView, TransactionView {
    private final Map<String, TableState> tables = new HashMap<>();
    private final Map<String, IndexState> indexes = new HashMap<>();
    private final Map<String, List<String>> enums = new HashMap<>();
    private final Map<String, DomainState> domains = new HashMap<>();
    /**
     * Tables and indexes changed in the current migration: only these can hold "new" state to settle when the
     * next migration begins, so starting a file costs nothing on a history with thousands of tables.
     */
    private final Set<String> tablesChanged = new java.util.HashSet<>();
    private final Set<String> indexesChanged = new java.util.HashSet<>();
    /** Objects created in the current migration, as "KIND:name". */
    private final Set<String> createdInMigration = new java.util.HashSet<>();
    /** Enum types created in the current migration: the transaction number, -1 outside one. */
    private final Map<String, Integer> enumCreatedInTransaction = new HashMap<>();
    private final List<AddedEnumValue> addedEnumValues = new ArrayList<>();
    /** The current migration's table redefinitions, by statement index (a look-ahead over the whole file). */
    private Map<Integer, TableRedefinition> redefinitions = Map.of();
    /** Across the history: source table name to the last INSERT ... SELECT that copied its rows into another table. */
    private final Map<String, Statement.Insert> copies = new HashMap<>();
    /** Tables dropped after their rows were copied: dropped name to the copy. */
    private final Map<String, Statement.Insert> droppedAfterCopy = new HashMap<>();

    /** Views and materialized views by bare name: true when created in the current migration. */
    private final Map<String, Boolean> views = new HashMap<>();
    /** Views and triggers with the names they mention, and tables dropped since (SQLite RENAME re-parses them). */
    private final ViewDependencies viewDependencies = new ViewDependencies();
    /** Materialized views created or refreshed in the history, by bare name. */
    private final Set<String> materializedViews = new java.util.HashSet<>();
    /** Sequences created in the history (CREATE SEQUENCE, serial and identity columns), by bare name. */
    private final Set<String> sequences = new java.util.HashSet<>();
    /** Functions the history created, by bare name, with their declared volatility. */
    private final Map<String, dev.miglint.model.Volatility> functions = new HashMap<>();
    /** MySQL: tables by bare name that have a FULLTEXT index or a storage engine other than InnoDB (OPTIMIZE copies them). */
    private final Set<String> fulltextOrNotInnodbTables = new java.util.HashSet<>();
    /** MySQL: tables by bare name to the first columns of their inline or ALTER TABLE ADD INDEX/KEY indexes. */
    private final Map<String, Set<String>> mysqlIndexLeads = new HashMap<>();
    /** Views by bare name to their output columns, when the definition tells them. */
    private final Map<String, List<dev.miglint.model.ViewOutputColumns.Column>> viewOutputs = new HashMap<>();
    /** Tables emptied in the current migration (TRUNCATE, DELETE without WHERE), by bare name. */
    private final Set<String> emptied = new java.util.HashSet<>();
    private final int pgVersion;
    private final SessionState session = new SessionState();

    /** {@code pgVersion}: lock modes differ by version (e.g. ATTACH PARTITION before 12). */
    public SchemaTracker(int pgVersion) {
        this.pgVersion = pgVersion;
    }

    /**
     * Starts a migration file handed to the database as {@code wrapping} says. {@code SINGLE_EXEC}: PostgreSQL runs a
     * query string of several (top-level) statements as one implicit transaction block, and after a COMMIT or
     * ROLLBACK in it the rest of the string is again one (exec_simple_query, "Multiple Statements in a Simple
     * Query"); a string of one statement runs outside any block.
     */
    public void beginMigration(dev.miglint.model.TransactionWrapping wrapping, List<dev.miglint.model.ParsedStatement> statements) {
        session.beginMigration(wrapping, statements);
        redefinitions = TableRedefinition.find(statements);
        tablesChanged.forEach(k -> tables.computeIfPresent(k, (name, t) -> t.settled()));
        tablesChanged.clear();
        indexesChanged.forEach(k -> indexes.computeIfPresent(k,
                (name, ix) -> new IndexState(ix.name(), ix.table(), ix.unique(), ix.columns(), false)));
        indexesChanged.clear();
        views.replaceAll((k, v) -> false);
        emptied.clear();
        createdInMigration.clear();
        enumCreatedInTransaction.clear();
        addedEnumValues.clear();
    }

    /** Ends the migration file: an implicit transaction commits here. */
    public void endMigration() {
        session.endMigration();
    }

    /** The file span of the statement being applied (null when applied without one): where a held lock was taken. */
    private dev.miglint.model.Span applyingSpan;

    /** Like {@link #apply(Statement)}, also remembering where an explicit transaction was opened. */
    public void apply(dev.miglint.model.ParsedStatement statement) {
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
            recordViewOutputs(statement);
        }
        if (r != null && r.role() != TableRedefinition.Role.RENAME_AWAY && !statement.nested()) {
            // the redefined table holds the old rows again: later statements treat it as an existing table
            tables.computeIfPresent(r.table().name(), (k, t) -> t.settled());
            createdInMigration.remove(ObjectKind.TABLE + ":" + r.table().name());
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

    private void applyStatement(Statement statement) {
        boolean onSequence = statement instanceof Statement.AlterTable a && sequences.contains(a.table().name());
        recordLocks(statement);
        recordCopies(statement);
        trackEmptied(statement);
        recordCreatedObjects(statement);
        recordRelationKinds(statement);
        recordFunctions(statement);
        recordFulltextOrNotInnodb(statement);
        recordMysqlIndexLeads(statement);
        if (statement instanceof Statement.TransactionControl tc) {
            session.applyTransaction(tc);
        } else if (statement instanceof Statement.SetVariable sv) {
            session.applySet(sv);
        } else if (statement instanceof Statement.SetConfig sc) {
            sc.settings().forEach(session::applySet);
        } else if (statement instanceof Statement.CreateTable ct) {
            createTable(ct);
        } else if (statement instanceof Statement.AlterTable at && !onSequence) {
            alterTable(at);
        } else if (statement instanceof Statement.Update u && u.table() != null) {
            clearUniformValues(u.table());
        } else if (statement instanceof Statement.CreateIndex ci) {
            if (ci.name() != null && !(ci.ifNotExists() && indexes.containsKey(ci.name()))) {
                indexesChanged.add(ci.name());
                indexes.put(ci.name(), new IndexState(QualifiedName.of(ci.name()), ci.table(), ci.unique(), ci.columns(),
                        true));
            }
        } else if (statement instanceof Statement.DropIndex di) {
            di.indexes().forEach(ix -> indexes.remove(ix.name()));
        } else if (statement instanceof Statement.Drop d) {
            if (d.kind() == ObjectKind.TABLE) {
                d.names().forEach(n -> tables.remove(n.name()));
                d.names().forEach(this::forgetDefaultPartition);
                d.names().forEach(n -> indexes.values().removeIf(ix -> ix.table().sameObject(n)));
            } else if (d.kind() == ObjectKind.VIEW || d.kind() == ObjectKind.MATERIALIZED_VIEW) {
                d.names().forEach(n -> views.remove(n.name()));
                d.names().forEach(n -> indexes.values().removeIf(ix -> ix.table().sameObject(n)));
            } else if (d.kind() == ObjectKind.TYPE || d.kind() == ObjectKind.DOMAIN) {
                d.names().forEach(n -> enums.remove(n.name()));
                d.names().forEach(n -> domains.remove(n.name()));
            }
        } else if (statement instanceof Statement.CreateType ct && ct.domain() != null) {
            domains.put(ct.type().name(), new DomainState(ct.type(), ct.domain().baseType(), ct.domain().notNull(),
                    ct.domain().checks()));
        } else if (statement instanceof Statement.AlterDomain ad) {
            alterDomain(ad);
        } else if (statement instanceof Statement.CreateType ct && !ct.enumValues().isEmpty()) {
            enums.put(ct.type().name(), new ArrayList<>(ct.enumValues()));
            enumCreatedInTransaction.put(ct.type().name(), inTransaction() ? transactionNumber() : -1);
        } else if (statement instanceof Statement.CreateOther co && co.name() != null
                && (co.kind() == ObjectKind.VIEW || co.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            views.put(co.name().name(), true);
        } else if (statement instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.ADD_VALUE) {
            List<String> values = enums.computeIfAbsent(at.type().name(), k -> new ArrayList<>());
            if (at.value() != null && !values.contains(at.value())) {
                values.add(at.value());
                int txn = inTransaction() ? transactionNumber() : -1;
                Integer created = enumCreatedInTransaction.get(at.type().name());
                addedEnumValues.add(new AddedEnumValue(at.type(), at.value(), txn, txn >= 0 && created != null && created == txn));
            }
        } else if (statement instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.RENAME_VALUE
                && at.value() != null && at.newValue() != null) {
            List<String> values = enums.get(at.type().name());
            if (values != null && values.indexOf(at.value()) >= 0) {
                values.set(values.indexOf(at.value()), at.newValue());
            }
        } else if (statement instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.RENAME
                && at.newValue() != null) {
            renameType(at.type().name(), at.newValue());
        } else if (statement instanceof Statement.Rename r && r.kind() == ObjectKind.INDEX) {
            IndexState ix = indexes.remove(r.from().name());
            if (ix != null) {
                indexesChanged.add(r.to());
                indexes.put(r.to(), new IndexState(QualifiedName.of(r.to()), ix.table(), ix.unique(), ix.columns(), ix.newInMigration()));
            }
        }
    }

    private void alterDomain(Statement.AlterDomain ad) {
        DomainState d = domains.get(ad.domain().name());
        if (d == null) {
            return;
        }
        DomainState changed = switch (ad.action()) {
            case ADD_CONSTRAINT -> ad.notNull() ? new DomainState(d.name(), d.baseType(), true, d.checks())
                    : new DomainState(d.name(), d.baseType(), d.notNull(), d.checks() + 1);
            case DROP_CONSTRAINT -> new DomainState(d.name(), d.baseType(), d.notNull(), Math.max(0, d.checks() - 1));
            case SET_NOT_NULL -> new DomainState(d.name(), d.baseType(), true, d.checks());
            case DROP_NOT_NULL -> new DomainState(d.name(), d.baseType(), false, d.checks());
            default -> d;
        };
        domains.put(ad.domain().name(), changed);
    }

    private void recordCopies(Statement statement) {
        if (statement instanceof Statement.Insert ins && ins.source() != null
                && !ins.source().table().sameObject(ins.table())) {
            copies.put(ins.source().table().name(), ins);
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            for (QualifiedName n : d.names()) {
                Statement.Insert copy = copies.remove(n.name());
                if (copy != null) {
                    droppedAfterCopy.put(n.name(), copy);
                }
            }
        } else if (statement instanceof Statement.AlterTable at) {
            at.actions(AlterAction.RenameTable.class).forEach(rt -> droppedAfterCopy.remove(rt.to().name()));
        }
    }

    private void trackEmptied(Statement statement) {
        if (statement instanceof Statement.Truncate t) {
            t.tables().forEach(n -> emptied.add(n.name()));
        } else if (statement instanceof Statement.Delete d && d.table() != null && RowScope.of(d, this).everyRow()) {
            emptied.add(d.table().name());
        } else if (statement instanceof Statement.Insert i && i.fromSelect() && i.table() != null) {
            emptied.remove(i.table().name());
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            d.names().forEach(n -> emptied.remove(n.name()));
        } else if (statement instanceof Statement.AlterTable at) {
            at.actions(AlterAction.RenameTable.class).forEach(rt -> {
                if (emptied.remove(at.table().name())) {
                    emptied.add(rt.to().name());
                }
            });
        }
    }

    private void recordCreatedObjects(Statement statement) {
        if (statement instanceof Statement.CreateTable ct) {
            createdInMigration.add(ObjectKind.TABLE + ":" + ct.table().name());
        } else if (statement instanceof Statement.CreateType ct) {
            createdInMigration.add(ObjectKind.TYPE + ":" + ct.type().name());
        } else if (statement instanceof Statement.CreateOther co && co.name() != null) {
            createdInMigration.add(co.kind() + ":" + co.name().name());
        } else if (statement instanceof Statement.CreateRoutine cr && cr.name() != null) {
            createdInMigration.add(cr.kind() + ":" + cr.name().name());
        } else if (statement instanceof Statement.CreateIndex ci && ci.name() != null) {
            createdInMigration.add(ObjectKind.INDEX + ":" + ci.name());
        } else if (statement instanceof Statement.Drop d) {
            d.names().forEach(n -> createdInMigration.remove(d.kind() + ":" + n.name()));
        }
    }

    /** A view's output columns; forgotten when anything else (ALTER, RENAME, DROP) touches the name. */
    private void recordViewOutputs(dev.miglint.model.ParsedStatement statement) {
        Statement s = statement.model();
        if (s instanceof Statement.CreateOther co && co.kind() == ObjectKind.VIEW && co.name() != null) {
            dev.miglint.model.ViewOutputColumns.of(statement.text()).ifPresentOrElse(
                    columns -> viewOutputs.put(co.name().name(), columns), () -> viewOutputs.remove(co.name().name()));
        } else if (s instanceof Statement.Drop d) {
            d.names().forEach(n -> viewOutputs.remove(n.name()));
        } else if (s instanceof Statement.AlterTable at) {
            viewOutputs.remove(at.table().name());
        } else if (s instanceof Statement.Rename r && r.from() != null) {
            viewOutputs.remove(r.from().name());
        }
    }

    @Override
    public Optional<List<dev.miglint.model.ViewOutputColumns.Column>> viewOutputColumns(QualifiedName view) {
        return Optional.ofNullable(viewOutputs.get(view.name()));
    }

    private void recordMysqlIndexLeads(Statement statement) {
        if (statement instanceof Statement.CreateTable ct) {
            Set<String> leads = new java.util.HashSet<>();
            ct.option(Statement.CreateTable.INDEX_LEADING_COLUMNS)
                    .ifPresent(v -> leads.addAll(List.of(v.split(","))));
            mysqlIndexLeads.put(ct.table().name(), leads);
        } else if (statement instanceof Statement.AlterTable at) {
            for (AlterAction.Other o : at.actions(AlterAction.Other.class)) {
                dev.miglint.dialect.mysql.MysqlIndexDefinition.leadingColumn(o.text()).ifPresent(
                        c -> mysqlIndexLeads.computeIfAbsent(at.table().name(), k -> new java.util.HashSet<>()).add(c));
            }
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                Set<String> leads = mysqlIndexLeads.remove(at.table().name());
                if (leads != null) {
                    mysqlIndexLeads.put(rt.to().name(), leads);
                }
            }
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            d.names().forEach(n -> mysqlIndexLeads.remove(n.name()));
        }
    }

    @Override
    public Set<String> seekableLeadingColumns(QualifiedName table) {
        Set<String> leads = new java.util.HashSet<>(mysqlIndexLeads.getOrDefault(table.name(), Set.of()));
        table(table).ifPresent(t -> t.constraints().stream().map(ConstraintState::definition)
                .filter(d -> d.kind() == ConstraintDef.Kind.PRIMARY_KEY || d.kind() == ConstraintDef.Kind.UNIQUE
                        || d.kind() == ConstraintDef.Kind.FOREIGN_KEY) // InnoDB indexes every foreign key
                .filter(d -> !d.columns().isEmpty())
                .forEach(d -> leads.add(d.columns().get(0).toLowerCase(Locale.ROOT))));
        indexesOn(table).stream().filter(ix -> !ix.columns().isEmpty())
                .forEach(ix -> leads.add(ix.columns().get(0).toLowerCase(Locale.ROOT)));
        return leads;
    }

    private void recordFulltextOrNotInnodb(Statement statement) {
        if (statement instanceof Statement.CreateTable ct) {
            String engine = ct.options().getOrDefault("ENGINE", "InnoDB");
            if (ct.option(Statement.CreateTable.FULLTEXT).isPresent() || !engine.equalsIgnoreCase("InnoDB")) {
                fulltextOrNotInnodbTables.add(ct.table().name());
            } else {
                fulltextOrNotInnodbTables.remove(ct.table().name());
            }
        } else if (statement instanceof Statement.CreateIndex ci && "fulltext".equals(ci.method()) && ci.table() != null) {
            fulltextOrNotInnodbTables.add(ci.table().name());
        } else if (statement instanceof Statement.AlterTable at) {
            boolean fulltext = at.actions(AlterAction.Other.class).stream()
                    .anyMatch(o -> o.keyword() != null && o.keyword().toUpperCase(java.util.Locale.ROOT).startsWith("ADD FULLTEXT"));
            if (fulltext) {
                fulltextOrNotInnodbTables.add(at.table().name());
            }
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                if (fulltextOrNotInnodbTables.remove(at.table().name())) {
                    fulltextOrNotInnodbTables.add(rt.to().name());
                }
            }
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            d.names().forEach(n -> fulltextOrNotInnodbTables.remove(n.name()));
        }
    }

    @Override
    public boolean mysqlFulltextOrNotInnodb(QualifiedName table) {
        return fulltextOrNotInnodbTables.contains(table.name());
    }

    private void recordFunctions(Statement statement) {
        if (statement instanceof Statement.CreateRoutine cr && cr.kind() == ObjectKind.FUNCTION && cr.name() != null) {
            functions.put(cr.name().name(), cr.volatility());
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.FUNCTION) {
            d.names().forEach(n -> functions.remove(n.name()));
        }
    }

    @Override
    public Optional<dev.miglint.model.Volatility> functionVolatility(QualifiedName name) {
        return Optional.ofNullable(functions.get(name.name()));
    }

    /** Which names are materialized views and which are sequences (ALTER TABLE accepts both). */
    private void recordRelationKinds(Statement statement) {
        if (statement instanceof Statement.CreateOther co && co.name() != null) {
            if (co.kind() == ObjectKind.MATERIALIZED_VIEW) {
                materializedViews.add(co.name().name());
            } else if (co.kind() == ObjectKind.SEQUENCE) {
                sequences.add(co.name().name());
            }
        } else if (statement instanceof Statement.RefreshMaterializedView rm && rm.view() != null) {
            materializedViews.add(rm.view().name());
        } else if (statement instanceof Statement.CreateTable ct) {
            ct.columns().forEach(c -> addImplicitSequence(ct.table(), c));
        } else if (statement instanceof Statement.AlterTable at && sequences.contains(at.table().name())) {
            at.actions(AlterAction.RenameTable.class).forEach(rt -> {
                sequences.remove(at.table().name());
                sequences.add(rt.to().name());
            });
        } else if (statement instanceof Statement.AlterTable at) {
            at.actions(AlterAction.AddColumn.class).forEach(ac -> addImplicitSequence(at.table(), ac.column()));
        } else if (statement instanceof Statement.Rename r && (r.kind() == ObjectKind.SEQUENCE
                || r.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            Set<String> names = r.kind() == ObjectKind.SEQUENCE ? sequences : materializedViews;
            if (names.remove(r.from().name())) {
                names.add(r.to());
            }
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.SEQUENCE) {
            d.names().forEach(n -> sequences.remove(n.name()));
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.MATERIALIZED_VIEW) {
            d.names().forEach(n -> materializedViews.remove(n.name()));
        }
    }

    /** A serial or identity column owns a sequence PostgreSQL names {@code <table>_<column>_seq}. */
    private void addImplicitSequence(QualifiedName table, ColumnDef c) {
        if (c.identity() || c.type() != null && c.type().isSerial()) {
            sequences.add(implicitSequenceName(table.name(), c.name()));
        }
    }

    /**
     * The name PostgreSQL gives a serial or identity column's sequence (makeObjectName): {@code table_column_seq},
     * the longer of table and column shortened first to fit 63 bytes (ASCII names).
     */
    static String implicitSequenceName(String table, String column) {
        String t = table;
        String c = column;
        int over = t.length() + c.length() + "__seq".length() - 63;
        while (over > 0) {
            if (t.length() >= c.length()) {
                t = t.substring(0, t.length() - 1);
            } else {
                c = c.substring(0, c.length() - 1);
            }
            over--;
        }
        return t + "_" + c + "_seq";
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

    @Override
    public Optional<String> ignoredPragma(String name) {
        return session.ignoredPragma(name);
    }

    @Override
    public List<QualifiedName> tablesReferencing(QualifiedName table) {
        List<QualifiedName> children = new ArrayList<>();
        for (TableState t : tables.values()) {
            if (!t.name().sameObject(table) && t.constraints().stream().anyMatch(c -> c.definition().kind()
                    == dev.miglint.model.ConstraintDef.Kind.FOREIGN_KEY && c.definition().referencedTable() != null
                    && c.definition().referencedTable().sameObject(table))) {
                children.add(t.name());
            }
        }
        children.sort(java.util.Comparator.comparing(QualifiedName::name));
        return children;
    }

    private void createTable(Statement.CreateTable ct) {
        if (ct.ifNotExists() && tables.containsKey(ct.table().name())) {
            return; // a no-op on a table the history already has: it keeps its rows and its state
        }
        TableState likeSource = ct.option(Statement.CreateTable.LIKE)
                .map(s -> tables.get(QualifiedName.parse(s).name())).orElse(null);
        TableState t = likeSource != null ? likeSource.likeAs(ct.table(), transactionNumber())
                : new TableState(ct.table(), true, true, transactionNumber());
        if (likeSource == null) {
            t.setDefaultCharset(MysqlCharsets.of(ct.options().get("CHARSET"), ct.options().get("COLLATE")));
            t.setPartitionKey(ct.options().get("PARTITION BY"));
        }
        if (ct.partitionOf() != null && ct.option("DEFAULT PARTITION").isPresent()) {
            TableState parent = tables.get(ct.partitionOf().name());
            if (parent != null) {
                parent.setDefaultPartition(ct.table());
            }
        }
        for (ColumnDef c : ct.columns()) {
            t.putColumn(new ColumnState(c.name(), c.type(), c.effectivelyNotNull(), c.defaultValue(), true,
                    charsetOf(t, c), null, c.collation()));
            markInsertFilling(t, c);
        }
        int unnamed = 0;
        for (ConstraintDef c : ct.constraints()) {
            String name = c.name() != null ? c.name() : "$" + (unnamed++);
            t.putConstraint(new ConstraintState(name, c, true, true, transactionNumber()));
            markPrimaryKeyNotNull(t, c);
        }
        tables.put(ct.table().name(), t);
        tablesChanged.add(ct.table().name());
    }

    /**
     * ALTER TYPE old RENAME TO new: columns keep the type (by OID) under its new name, so a later ALTER COLUMN
     * ... TYPE old (a new type that took the name) is a change to a different type.
     */
    private void renameType(String from, String to) {
        List<String> values = enums.remove(from);
        if (values != null) {
            enums.put(to, values);
        }
        for (TableState t : tables.values()) {
            for (ColumnState c : List.copyOf(t.columns())) {
                dev.miglint.model.DataType type = c.type();
                if (type != null && (type.name().equalsIgnoreCase(from) || type.name().toLowerCase(java.util.Locale.ROOT)
                        .endsWith("." + from.toLowerCase(java.util.Locale.ROOT)))) {
                    t.putColumn(c.withType(dev.miglint.model.DataType.parse(to + (type.array() ? "[]" : ""))));
                }
            }
        }
    }

    private void alterTable(Statement.AlterTable at) {
        TableState t = tables.computeIfAbsent(at.table().name(), k -> new TableState(at.table(), false, false, 0));
        tablesChanged.add(at.table().name());
        for (AlterAction action : at.actions()) {
            if (action instanceof AlterAction.AddColumn ac) {
                ColumnDef c = ac.column();
                t.putColumn(new ColumnState(c.name(), c.type(), c.effectivelyNotNull(), c.defaultValue(), true,
                        charsetOf(t, c), t.newInMigration() ? null : c.uniformValueForExistingRows(), c.collation()));
                markInsertFilling(t, c);
            } else if (action instanceof AlterAction.DropColumn dc) {
                t.removeColumn(dc.column());
            } else if (action instanceof AlterAction.AlterColumnType act) {
                ColumnState changed = columnOf(t, act.column()).withType(act.type());
                if (act.redefinesColumn()) {
                    changed = changed.withCharset(charsetOf(t, act.definition()));
                } else {
                    changed = changed.withCollation(act.collation()); // no COLLATE: the new type's default
                }
                t.putColumn(act.using() != null ? changed.withUniformValue(null) : changed);
            } else if (action instanceof AlterAction.Other o && MysqlCharsets.change(o) != null) {
                MysqlCharsets.Change change = MysqlCharsets.change(o);
                t.setDefaultCharset(change.charset());
                if (change.convert()) {
                    t.columns().forEach(cs -> t.putColumn(cs.withCharset(change.charset())));
                }
            } else if (action instanceof AlterAction.SetNotNull sn) {
                t.putColumn(columnOf(t, sn.column()).withNotNull(true));
                t.markNotNullByPrimaryKey(sn.column(), false);
            } else if (action instanceof AlterAction.DropNotNull dn) {
                t.putColumn(columnOf(t, dn.column()).withNotNull(false));
            } else if (action instanceof AlterAction.SetDefault sd) {
                t.putColumn(columnOf(t, sd.column()).withDefault(sd.value()));
            } else if (action instanceof AlterAction.DropDefault dd) {
                t.putColumn(columnOf(t, dd.column()).withDefault(null));
            } else if (action instanceof AlterAction.AddConstraint ac) {
                ConstraintDef c = ac.constraint();
                String name = c.name() != null ? c.name() : "$" + t.constraints().size();
                t.putConstraint(new ConstraintState(name, c, !c.notValid(), true, transactionNumber()));
                markPrimaryKeyNotNull(t, c);
            } else if (action instanceof AlterAction.ValidateConstraint vc) {
                t.constraint(vc.name()).ifPresent(c -> t.putConstraint(c.validate()));
            } else if (action instanceof AlterAction.DropConstraint dc) {
                t.removeConstraint(dc.name());
            } else if (action instanceof AlterAction.DetachPartition dp && !dp.concurrently()) {
                forgetDefaultPartition(dp.partition());
            } else if (action instanceof AlterAction.RenameColumn rc) {
                t.renameColumn(rc.from(), rc.to());
            } else if (action instanceof AlterAction.RenameTable rt) {
                renameTable(at.table(), t, rt.to());
                return; // the further pairs of a MySQL RENAME TABLE are applied by apply(Statement), in order
            }
        }
    }

    private void renameTable(QualifiedName from, TableState t, QualifiedName to) {
        indexes.replaceAll((k, ix) -> ix.table().sameObject(from)
                ? new IndexState(ix.name(), to, ix.unique(), ix.columns(), ix.newInMigration()) : ix);
        tables.remove(from.name());
        tables.put(to.name(), t.copyAs(to, t.newInMigration()));
        tablesChanged.add(to.name());
    }

    /** {@code partition} is gone or detached: no partitioned table has it as its DEFAULT partition any more. */
    private void forgetDefaultPartition(QualifiedName partition) {
        tables.values().stream().filter(t -> t.defaultPartition().map(p -> p.sameObject(partition)).orElse(false))
                .forEach(t -> t.setDefaultPartition(null));
    }

    /** A column's MySQL charset: its own CHARACTER SET / COLLATE, else the table's default; null when unknown. */
    private static String charsetOf(TableState t, ColumnDef c) {
        String own = MysqlCharsets.of(c.charset(), c.collation());
        return own != null ? own : t.defaultCharset().orElse(null);
    }

    /** An UPDATE may give the rows of a column added in this migration different values: it is no longer uniform. */
    private void clearUniformValues(QualifiedName table) {
        TableState t = tables.get(table.name());
        if (t != null) {
            t.columns().stream().filter(c -> c.uniformValue() != null)
                    .forEach(c -> t.putColumn(c.withUniformValue(null)));
        }
    }

    private static void markPrimaryKeyNotNull(TableState t, ConstraintDef c) {
        if (c.kind() == ConstraintDef.Kind.PRIMARY_KEY) {
            c.columns().forEach(col -> t.column(col).ifPresent(cs -> {
                if (!cs.notNull()) {
                    t.markNotNullByPrimaryKey(col, true);
                }
                t.putColumn(cs.withNotNull(true));
            }));
        }
    }

    /** What an INSERT that leaves the column out gets: see {@link TableState#fillsItself(String)}. */
    private static void markInsertFilling(TableState t, ColumnDef c) {
        t.markSelfFilled(c.name(), c.identity() || c.generated() != ColumnDef.Generated.NONE
                || c.type() != null && c.type().isSerial());
        t.markNotNullByPrimaryKey(c.name(), c.primaryKey() && !c.notNull());
    }

    private static ColumnState columnOf(TableState t, String column) {
        return t.column(column).orElse(new ColumnState(column, null, false, null, false));
    }

    // SchemaView

    @Override
    public Optional<TableState> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name.name()));
    }

    @Override
    public Optional<IndexState> index(QualifiedName name) {
        return Optional.ofNullable(indexes.get(name.name()));
    }

    @Override
    public List<IndexState> indexesOn(QualifiedName table) {
        return indexes.values().stream().filter(ix -> ix.table().sameObject(table))
                .sorted(java.util.Comparator.comparing(ix -> ix.name().name())).toList();
    }

    @Override
    public boolean isEmptiedInMigration(QualifiedName name) {
        return emptied.contains(name.name());
    }

    @Override
    public boolean isMaterializedView(QualifiedName name) {
        return materializedViews.contains(name.name());
    }

    @Override
    public boolean isSequence(QualifiedName name) {
        return sequences.contains(name.name()) && !tables.containsKey(name.name());
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
    public Map<String, Set<String>> dependentsNamingDroppedTables() {
        return viewDependencies.namingDroppedTables();
    }

    @Override
    public boolean isNewView(QualifiedName name) {
        return views.getOrDefault(name.name(), false);
    }

    @Override
    public boolean isKnownView(QualifiedName name) {
        return views.containsKey(name.name());
    }

    @Override
    public Optional<DomainState> domain(QualifiedName name) {
        return Optional.ofNullable(domains.get(name.name()));
    }

    @Override
    public List<DomainState.Use> domainUses(QualifiedName name) {
        List<DomainState.Use> uses = new ArrayList<>();
        for (TableState t : tables.values()) {
            for (ColumnState c : t.columns()) {
                if (DomainState.names(c.type(), name.name())) {
                    uses.add(new DomainState.Use(t.name(), c.name(), t.newInMigration()));
                }
            }
        }
        uses.sort(java.util.Comparator.comparing(u -> u.table().name() + "." + u.column()));
        return uses;
    }

    @Override
    public Optional<List<String>> enumValues(QualifiedName type) {
        return Optional.ofNullable(enums.get(type.name())).map(List::copyOf);
    }

    @Override
    public boolean createdInMigration(ObjectKind kind, QualifiedName name) {
        return createdInMigration.contains(kind + ":" + name.name());
    }

    @Override
    public Optional<Integer> enumCreatedInTransaction(QualifiedName type) {
        return Optional.ofNullable(enumCreatedInTransaction.get(type.name()));
    }

    @Override
    public List<AddedEnumValue> enumValuesAdded() {
        return List.copyOf(addedEnumValues);
    }

    @Override
    public Optional<TableRedefinition> redefinition(dev.miglint.model.ParsedStatement statement) {
        TableRedefinition inFile = redefinitions.get(statement.index());
        if (inFile != null || statement.nested()) {
            return Optional.ofNullable(inFile);
        }
        return acrossMigrations(statement.model());
    }

    /**
     * A redefinition spread over several migration files (ory/popx writes one statement per file): the DROP
     * of a table whose rows were copied into a table named after it ({@code _x_tmp}, {@code new_x}), and
     * the rename of that copy to the dropped name. Without a look-ahead the name is the evidence.
     */
    private Optional<TableRedefinition> acrossMigrations(Statement statement) {
        if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE && d.names().size() == 1) {
            QualifiedName dropped = d.names().get(0);
            Statement.Insert copy = copies.get(dropped.name());
            if (copy != null && tables.containsKey(copy.table().name())
                    && copy.table().name().toLowerCase(Locale.ROOT).contains(dropped.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(new TableRedefinition(TableRedefinition.Role.DROP_OLD, dropped, dropped, copy));
            }
        } else if (statement instanceof Statement.AlterTable at && at.actions().size() == 1
                && at.actions().get(0) instanceof AlterAction.RenameTable rt) {
            Statement.Insert copy = droppedAfterCopy.get(rt.to().name());
            if (copy != null && copy.table().sameObject(at.table()) && !tables.containsKey(rt.to().name())) {
                return Optional.of(new TableRedefinition(TableRedefinition.Role.RENAME_BACK, rt.to(), rt.to(), copy));
            }
        }
        return Optional.empty();
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
