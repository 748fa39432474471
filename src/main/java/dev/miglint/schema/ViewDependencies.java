package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;
import dev.miglint.model.Volatility;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Views and triggers the history created, with the names their definitions mention, and the tables the history
 * dropped and did not create again: what SQLite (3.26+) re-parses on ALTER TABLE ... RENAME, where a view or
 * trigger that names a missing table fails the statement ("error in view v: no such table: main.t").
 */
final class ViewDependencies {
    /** "view v" / "trigger t" to the names its definition mentions (normalized). */
    private final Map<String, Set<String>> names = new LinkedHashMap<>();
    /** "view v" / "trigger t" to the functions its definition calls (lower-cased, without schema). */
    private final Map<String, Set<String>> calls = new LinkedHashMap<>();
    /** Trigger name to the table it is ON (dropping the table drops the trigger). */
    private final Map<String, String> triggerTables = new HashMap<>();
    private final Set<String> droppedTables = new HashSet<>();
    /** View name to the table columns its definition reads. */
    private final Map<String, ViewColumns> viewColumns = new HashMap<>();
    private final TriggerFunctions triggerFunctions = new TriggerFunctions();

    void beginMigration(java.util.List<ParsedStatement> statements) {
        triggerFunctions.beginMigration(statements);
    }

    void apply(ParsedStatement statement) {
        triggerFunctions.apply(statement);
        Statement s = statement.model();
        if (s instanceof Statement.CreateOther co && co.name() != null
                && (co.kind() == ObjectKind.VIEW || co.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            names.put("view " + co.name().name(), Identifiers.namesIn(statement.text()));
            calls.put("view " + co.name().name(), new HashSet<>(Volatility.calledFunctions(statement.text())));
            viewColumns.put(co.name().name(), ViewColumns.of(statement.text()));
        } else if (s instanceof Statement.CreateRoutine cr && cr.kind() == ObjectKind.TRIGGER && cr.name() != null) {
            names.put("trigger " + cr.name().name(), Identifiers.namesIn(statement.text()));
            calls.put("trigger " + cr.name().name(), new HashSet<>(Volatility.calledFunctions(statement.text())));
            if (cr.table() != null) {
                triggerTables.put(cr.name().name(), cr.table().name());
            }
        } else if (s instanceof Statement.Drop d) {
            for (var n : d.names()) {
                if (d.kind() == ObjectKind.VIEW || d.kind() == ObjectKind.MATERIALIZED_VIEW) {
                    names.remove("view " + n.name());
                    calls.remove("view " + n.name());
                    viewColumns.remove(n.name());
                } else if (d.kind() == ObjectKind.TRIGGER) {
                    names.remove("trigger " + n.name());
                    calls.remove("trigger " + n.name());
                    triggerTables.remove(n.name());
                } else if (d.kind() == ObjectKind.TABLE) {
                    droppedTables.add(n.name());
                    triggerTables.entrySet().removeIf(e -> {
                        boolean on = e.getValue().equals(n.name());
                        if (on) {
                            names.remove("trigger " + e.getKey());
                            calls.remove("trigger " + e.getKey());
                        }
                        return on;
                    });
                }
            }
        } else if (s instanceof Statement.CreateTable ct) {
            droppedTables.remove(ct.table().name());
        } else if (s instanceof Statement.AlterTable at) {
            for (AlterAction.RenameColumn rc : at.actions(AlterAction.RenameColumn.class)) {
                viewColumns.replaceAll((view, v) -> v.withColumnRenamed(at.table().name(), rc.from(), rc.to()));
            }
            for (AlterAction.DropColumn dc : at.actions(AlterAction.DropColumn.class)) {
                if (dc.cascade()) { // the views that read the column are dropped with it
                    viewColumns.entrySet().removeIf(e -> e.getValue().uses(at.table().name(), dc.column()));
                }
            }
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                viewColumns.replaceAll((view, v) -> v.withTableRenamed(at.table().name(), rt.to().name()));
                rt.alsoRenamed().forEach(pair -> viewColumns.replaceAll(
                        (view, v) -> v.withTableRenamed(pair.from().name(), pair.to().name())));
                renamed(at.table().name(), rt.to().name());
                rt.alsoRenamed().forEach(pair -> renamed(pair.from().name(), pair.to().name()));
            }
        }
    }

    /** SQLite 3.26+ rewrites the views and triggers that name a renamed table; the new name exists now. */
    private void renamed(String from, String to) {
        droppedTables.remove(to);
        names.replaceAll((dependent, mentioned) -> {
            if (!mentioned.contains(from)) {
                return mentioned;
            }
            Set<String> renamed = new java.util.LinkedHashSet<>(mentioned);
            renamed.remove(from);
            renamed.add(to);
            return renamed; // a new set: a fork shares the old one with the history
        });
        triggerTables.replaceAll((k, v) -> v.equals(from) ? to : v);
    }

    /** The triggers the history created ON {@code table} (normalized name) and did not drop, sorted. */
    Set<String> triggersOn(String table) {
        Set<String> out = new TreeSet<>();
        triggerTables.forEach((trigger, on) -> {
            if (on.equals(table)) {
                out.add(trigger);
            }
        });
        return out;
    }

    /** Views and triggers ("view v") naming a table the history dropped and did not create again, with those tables. */
    Map<String, Set<String>> namingDroppedTables() {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        names.forEach((dependent, mentioned) -> {
            Set<String> missing = new TreeSet<>(mentioned);
            missing.retainAll(droppedTables);
            if (!missing.isEmpty()) {
                out.put(dependent, missing);
            }
        });
        return out;
    }

    /** What each trigger ON {@code table} (normalized name) reads of the row, for those that run a function we know. */
    java.util.List<TriggerRead> triggerReads(String table) {
        java.util.List<TriggerRead> out = new java.util.ArrayList<>();
        for (String trigger : triggersOn(table)) {
            TriggerRead read = triggerFunctions.read(trigger, calls.getOrDefault("trigger " + trigger, Set.of()));
            if (read != null) {
                out.add(read);
            }
        }
        return out;
    }

    /** The views and triggers ("view v", "trigger t") whose definition calls {@code function}, sorted. */
    Set<String> calling(String function) {
        String bare = function.substring(function.lastIndexOf('.') + 1).replace("\"", "").toLowerCase(java.util.Locale.ROOT);
        Set<String> out = new TreeSet<>();
        calls.forEach((dependent, called) -> {
            if (called.contains(bare)) {
                out.add(dependent);
            }
        });
        return out;
    }

    /** Views and triggers ("view v") that name {@code table} and stay when it is dropped (not triggers ON it), sorted. */
    Set<String> dependentsNaming(String table) {
        Set<String> out = new TreeSet<>();
        names.forEach((dependent, mentioned) -> {
            boolean onIt = dependent.startsWith("trigger ") && table.equals(triggerTables.get(dependent.substring(8)));
            if (mentioned.contains(table) && !onIt) {
                out.add(dependent);
            }
        });
        return out;
    }

    /**
     * The views whose definition reads {@code table.column} (see {@link ViewColumns}): PostgreSQL refuses
     * to change that column's type or drop it (without CASCADE) while they exist.
     */
    Set<String> viewsUsing(String table, String column) {
        Set<String> out = new TreeSet<>();
        viewColumns.forEach((view, used) -> {
            if (used.uses(table, column)) {
                out.add(view);
            }
        });
        return out;
    }

    /** Becomes a copy of {@code other} (empty before): later changes to either leave the other as it was. */
    void copyFrom(ViewDependencies other) {
        // the sets and ViewColumns are never changed in place, only replaced, so both sides may share them
        names.putAll(other.names);
        calls.putAll(other.calls);
        triggerTables.putAll(other.triggerTables);
        droppedTables.addAll(other.droppedTables);
        viewColumns.putAll(other.viewColumns);
        triggerFunctions.copyFrom(other.triggerFunctions);
    }
}
