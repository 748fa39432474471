package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the current migration file did so far: objects it created, tables it emptied, enum values it added. */
final class MigrationState {
    /** Objects created in the current migration, as "KIND:name". */
    private final Set<String> created = new HashSet<>();
    /** Enum types created in the current migration: the transaction number, -1 outside one. */
    private final Map<String, Integer> enumCreatedInTransaction = new HashMap<>();
    private final List<AddedEnumValue> addedEnumValues = new ArrayList<>();
    /** Tables emptied in the current migration (TRUNCATE, DELETE without WHERE), by bare name. */
    private final Set<String> emptied = new HashSet<>();
    /** Tables a CREATE TABLE ... AS SELECT of the current migration filled from a table holding rows, by bare name. */
    private final Map<String, QualifiedName> filledFrom = new HashMap<>();

    void begin() {
        emptied.clear();
        filledFrom.clear();
        created.clear();
        enumCreatedInTransaction.clear();
        addedEnumValues.clear();
    }

    /** {@code schema}: the state just before the statement (a DELETE empties the table when it reaches every row). */
    void recordEmptied(Statement statement, SchemaView schema) {
        if (statement instanceof Statement.Truncate t) {
            t.tables().forEach(n -> emptied.add(n.name()));
            if (t.cascade()) { // and every table whose foreign keys reference one of those, recursively
                java.util.Deque<QualifiedName> parents = new java.util.ArrayDeque<>(t.tables());
                while (!parents.isEmpty()) {
                    for (QualifiedName child : schema.tablesReferencing(parents.pop())) {
                        if (emptied.add(child.name())) {
                            parents.push(child);
                        }
                    }
                }
            }
        } else if (statement instanceof Statement.Delete d && d.table() != null && RowScope.of(d, schema).everyRow()) {
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

    /** {@code schema}: the state just before the statement. */
    void recordFilled(Statement statement, SchemaView schema) {
        if (statement instanceof Statement.CreateTable ct) {
            filledFrom.remove(ct.table().name());
            if (ct.query() != null && ct.query().table() != null && schema.table(ct.query().table()).isPresent()
                    && !schema.isKnownView(ct.query().table()) && !schema.isScanFree(ct.query().table())) {
                filledFrom.put(ct.table().name(), ct.query().table());
            }
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            d.names().forEach(n -> filledFrom.remove(n.name()));
        }
    }

    /** The table a CREATE TABLE ... AS SELECT of this migration copied {@code table}'s rows from, while they are there. */
    Optional<QualifiedName> filledFrom(QualifiedName table) {
        return emptied.contains(table.name()) ? Optional.empty() : Optional.ofNullable(filledFrom.get(table.name()));
    }

    void recordCreated(Statement statement) {
        if (statement instanceof Statement.CreateTable ct) {
            created.add(ObjectKind.TABLE + ":" + ct.table().name());
        } else if (statement instanceof Statement.CreateType ct) {
            created.add(ObjectKind.TYPE + ":" + ct.type().name());
        } else if (statement instanceof Statement.CreateOther co && co.name() != null) {
            created.add(co.kind() + ":" + co.name().name());
        } else if (statement instanceof Statement.CreateRoutine cr && cr.name() != null) {
            created.add(cr.kind() + ":" + cr.name().name());
        } else if (statement instanceof Statement.CreateIndex ci && ci.name() != null) {
            created.add(ObjectKind.INDEX + ":" + ci.name());
        } else if (statement instanceof Statement.Drop d) {
            d.names().forEach(n -> created.remove(d.kind() + ":" + n.name()));
        }
    }

    /** The table holds old rows again (the end of a redefinition): it no longer counts as created here. */
    void forgetCreated(ObjectKind kind, QualifiedName name) {
        created.remove(kind + ":" + name.name());
    }

    /** {@code transaction}: the transaction number, -1 outside one. */
    void enumCreated(QualifiedName type, int transaction) {
        enumCreatedInTransaction.put(type.name(), transaction);
    }

    void enumValueAdded(QualifiedName type, String value, int transaction) {
        Integer createdIn = enumCreatedInTransaction.get(type.name());
        addedEnumValues.add(new AddedEnumValue(type, value, transaction,
                transaction >= 0 && createdIn != null && createdIn == transaction));
    }

    boolean created(ObjectKind kind, QualifiedName name) {
        return created.contains(kind + ":" + name.name());
    }

    boolean emptied(QualifiedName name) {
        return emptied.contains(name.name());
    }

    Optional<Integer> enumCreatedInTransaction(QualifiedName type) {
        return Optional.ofNullable(enumCreatedInTransaction.get(type.name()));
    }

    List<AddedEnumValue> enumValuesAdded() {
        return List.copyOf(addedEnumValues);
    }
}
