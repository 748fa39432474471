package dev.miglint.schema;

import dev.miglint.dialect.mysql.MysqlCharsets;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The tables of the history with their columns and constraints, and the indexes on them: what exists, what is new. */
final class TableCatalog {
    private final Map<String, TableState> tables = new HashMap<>();
    private final Map<String, IndexState> indexes = new HashMap<>();
    /**
     * Tables and indexes changed in the current migration: only these can hold "new" state to settle when the
     * next migration begins, so starting a file costs nothing on a history with thousands of tables.
     */
    private final Set<String> tablesChanged = new HashSet<>();
    private final Set<String> indexesChanged = new HashSet<>();
    /**
     * The tables this catalog may change in place are those it owns ({@link TableState#owner}). A fork shares every
     * table with the catalog it copies and gives both a new owner token, so the first change to a table on either
     * side copies it: forking for each down step is then a copy of the map, not of every table.
     */
    private Object owner = new Object();

    /** A new migration begins: what the previous one created or changed is existing state now. */
    void settleMigration() {
        tablesChanged.forEach(k -> tables.computeIfPresent(k, (name, t) -> owned(t.settled())));
        tablesChanged.clear();
        indexesChanged.forEach(k -> indexes.computeIfPresent(k,
                (name, ix) -> ix.settled()));
        indexesChanged.clear();
    }

    /** The table holds old rows again (the end of a redefinition): later statements treat it as an existing table. */
    void settle(QualifiedName table) {
        tables.computeIfPresent(table.name(), (k, t) -> owned(t.settled()));
    }

    /**
     * Applies what {@code statement} does to tables and indexes; {@code alterIsTable}: false when the ALTER TABLE
     * names a sequence (PostgreSQL accepts that) and has nothing to change here.
     */
    void apply(Statement statement, int transaction, boolean alterIsTable) {
        if (statement instanceof Statement.CreateTable ct) {
            createTable(ct, transaction);
        } else if (statement instanceof Statement.AlterTable at && alterIsTable) {
            alterTable(at, transaction);
        } else if (statement instanceof Statement.Update u && u.table() != null) {
            clearUniformValues(u.table());
        } else if (statement instanceof Statement.CreateOther co && co.name() != null && !co.ifNotExists()
                && (co.kind() == ObjectKind.VIEW || co.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            // the name was free, so an earlier relation of that name went (a DROP ... CASCADE the history could not
            // follow), and its indexes with it
            indexes.values().removeIf(ix -> ix.table().sameObject(co.name()));
        } else if (statement instanceof Statement.CreateIndex ci) {
            if (ci.name() != null && !(ci.ifNotExists() && indexes.containsKey(ci.name()))) {
                indexesChanged.add(ci.name());
                indexes.put(ci.name(), new IndexState(QualifiedName.of(ci.name()), ci.table(), ci.unique(), ci.columns(),
                        ci.where() == null ? null : ci.where().text(), true));
            }
        } else if (statement instanceof Statement.DropIndex di) {
            di.indexes().forEach(ix -> indexes.remove(ix.name()));
        } else if (statement instanceof Statement.Drop d) {
            if (d.kind() == ObjectKind.TABLE) {
                d.names().forEach(n -> tables.remove(n.name()));
                d.names().forEach(this::forgetDefaultPartition);
            }
            if (d.kind() == ObjectKind.TABLE || d.kind() == ObjectKind.VIEW || d.kind() == ObjectKind.MATERIALIZED_VIEW) {
                d.names().forEach(n -> indexes.values().removeIf(ix -> ix.table().sameObject(n)));
            }
        } else if (statement instanceof Statement.Rename r && r.kind() == ObjectKind.INDEX) {
            IndexState ix = indexes.remove(r.from().name());
            if (ix != null) {
                indexesChanged.add(r.to());
                indexes.put(r.to(), ix.renamed(QualifiedName.of(r.to())));
            }
        }
    }

    private void createTable(Statement.CreateTable ct, int transaction) {
        if (ct.ifNotExists() && tables.containsKey(ct.table().name())) {
            return; // a no-op on a table the history already has: it keeps its rows and its state
        }
        indexes.values().removeIf(ix -> ix.table().sameObject(ct.table())); // a new table has none of an old one's
        TableState likeSource = ct.option(Statement.CreateTable.LIKE)
                .map(s -> tables.get(QualifiedName.parse(s).name())).orElse(null);
        TableState t = likeSource != null ? likeSource.likeAs(ct.table(), transaction)
                : new TableState(ct.table(), true, true, transaction);
        if (likeSource == null) {
            t.setDefaultCharset(MysqlCharsets.of(ct.options().get("CHARSET"), ct.options().get("COLLATE")));
            t.setPartitionKey(ct.options().get("PARTITION BY"));
        }
        if (ct.partitionOf() != null && ct.option("DEFAULT PARTITION").isPresent()) {
            TableState parent = writable(ct.partitionOf().name());
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
            t.putConstraint(new ConstraintState(name, c, true, true, transaction));
            markPrimaryKeyNotNull(t, c);
        }
        tables.put(ct.table().name(), owned(t));
        tablesChanged.add(ct.table().name());
    }

    /**
     * ALTER TYPE old RENAME TO new: columns keep the type (by OID) under its new name, so a later ALTER COLUMN
     * ... TYPE old (a new type that took the name) is a change to a different type.
     */
    void renameColumnTypes(String from, String to) {
        for (String key : List.copyOf(tables.keySet())) {
            for (ColumnState c : tables.get(key).columns()) {
                dev.miglint.model.DataType type = c.type();
                if (type != null && (type.name().equalsIgnoreCase(from) || type.name().toLowerCase(Locale.ROOT)
                        .endsWith("." + from.toLowerCase(Locale.ROOT)))) {
                    writable(key).putColumn(
                            c.withType(dev.miglint.model.DataType.parse(to + (type.array() ? "[]" : ""))));
                }
            }
        }
    }

    private void alterTable(Statement.AlterTable at, int transaction) {
        TableState t = tables.containsKey(at.table().name()) ? writable(at.table().name())
                : owned(new TableState(at.table(), false, false, 0));
        tables.put(at.table().name(), t);
        tablesChanged.add(at.table().name());
        for (AlterAction action : at.actions()) {
            if (action instanceof AlterAction.AddColumn ac) {
                ColumnDef c = ac.column();
                t.putColumn(new ColumnState(c.name(), c.type(), c.effectivelyNotNull(), c.defaultValue(), true,
                        charsetOf(t, c), t.newInMigration() ? null : c.uniformValueForExistingRows(), c.collation()));
                markInsertFilling(t, c);
            } else if (action instanceof AlterAction.DropColumn dc) {
                t.removeColumn(dc.column());
                // PostgreSQL drops the indexes and the table's constraints that involve the column with it
                indexes.values().removeIf(ix -> ix.table().sameObject(at.table()) && ix.columns().contains(dc.column()));
                t.constraints().stream().filter(c -> c.definition().columns().contains(dc.column()))
                        .forEach(c -> t.removeConstraint(c.name()));
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
                t.putConstraint(new ConstraintState(name, c, !c.notValid(), true, transaction));
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
                return; // the further pairs of a MySQL RENAME TABLE are applied by the tracker, in order
            }
        }
    }

    private void renameTable(QualifiedName from, TableState t, QualifiedName to) {
        indexes.replaceAll((k, ix) -> ix.table().sameObject(from)
                ? ix.onTable(to) : ix);
        tables.remove(from.name());
        tables.put(to.name(), owned(t.copyAs(to, t.newInMigration())));
        tablesChanged.add(to.name());
    }

    /** The table under {@code key}, copied first when another catalog may share it; null when there is none. */
    private TableState writable(String key) {
        TableState t = tables.get(key);
        if (t != null && t.owner != owner) {
            t = t.copyAs(t.name(), t.newInMigration());
            tables.put(key, owned(t));
        }
        return t;
    }

    private TableState owned(TableState t) {
        t.owner = owner;
        return t;
    }

    /** {@code partition} is gone or detached: no partitioned table has it as its DEFAULT partition any more. */
    private void forgetDefaultPartition(QualifiedName partition) {
        List.copyOf(tables.keySet()).stream()
                .filter(k -> tables.get(k).defaultPartition().map(p -> p.sameObject(partition)).orElse(false))
                .forEach(k -> writable(k).setDefaultPartition(null));
    }

    /** A column's MySQL charset: its own CHARACTER SET / COLLATE, else the table's default; null when unknown. */
    private static String charsetOf(TableState t, ColumnDef c) {
        String own = MysqlCharsets.of(c.charset(), c.collation());
        return own != null ? own : t.defaultCharset().orElse(null);
    }

    /** An UPDATE may give the rows of a column added in this migration different values: it is no longer uniform. */
    private void clearUniformValues(QualifiedName table) {
        TableState t = tables.get(table.name());
        if (t != null && t.columns().stream().anyMatch(c -> c.uniformValue() != null)) {
            TableState changed = writable(table.name());
            t.columns().stream().filter(c -> c.uniformValue() != null)
                    .forEach(c -> changed.putColumn(c.withUniformValue(null)));
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

    boolean contains(String bareName) {
        return tables.containsKey(bareName);
    }

    Optional<TableState> table(QualifiedName name) {
        return Optional.ofNullable(tables.get(name.name()));
    }

    Optional<IndexState> index(QualifiedName name) {
        return Optional.ofNullable(indexes.get(name.name()));
    }

    List<IndexState> indexesOn(QualifiedName table) {
        return indexes.values().stream().filter(ix -> ix.table().sameObject(table))
                .sorted(Comparator.comparing(ix -> ix.name().name())).toList();
    }

    List<DomainState.Use> domainUses(QualifiedName domain) {
        List<DomainState.Use> uses = new ArrayList<>();
        for (TableState t : tables.values()) {
            for (ColumnState c : t.columns()) {
                if (DomainState.names(c.type(), domain.name())) {
                    uses.add(new DomainState.Use(t.name(), c.name(), t.newInMigration()));
                }
            }
        }
        uses.sort(Comparator.comparing(u -> u.table().name() + "." + u.column()));
        return uses;
    }

    DependentObjects dependents() {
        return new DependentObjects(tables.values());
    }

    List<QualifiedName> tablesReferencing(QualifiedName table) {
        List<QualifiedName> children = new ArrayList<>();
        for (TableState t : tables.values()) {
            if (!t.name().sameObject(table) && t.constraints().stream().anyMatch(c -> c.definition().kind()
                    == ConstraintDef.Kind.FOREIGN_KEY && c.definition().referencedTable() != null
                    && c.definition().referencedTable().sameObject(table))) {
                children.add(t.name());
            }
        }
        children.sort(Comparator.comparing(QualifiedName::name));
        return children;
    }

    /** Becomes a copy of {@code other} (empty before): later changes to either leave the other as it was. */
    void copyFrom(TableCatalog other) {
        tables.putAll(other.tables);
        other.owner = new Object(); // neither side owns the shared tables any more

        indexes.putAll(other.indexes);
        tablesChanged.addAll(other.tablesChanged);
        indexesChanged.addAll(other.indexesChanged);
    }
}
