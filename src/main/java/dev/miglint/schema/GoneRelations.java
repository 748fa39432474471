package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tables and views the history dropped or renamed away and did not create (or rename into place) again, and the
 * columns of existing tables it dropped or renamed away and did not add again: a later statement that names one fails
 * ("no such table", "column does not exist"). Only what the history saw go is here, so a name the history never knew
 * is never concluded missing.
 */
final class GoneRelations {
    /** Normalized name to how it went ("dropped", "renamed to products"), with the name as it was written. */
    private final Map<String, Gone> gone = new HashMap<>();
    /** Normalized table name to its gone columns and how each went. */
    private final Map<String, Map<String, String>> goneColumns = new HashMap<>();

    /** A relation that no longer exists, and how it went. */
    record Gone(QualifiedName name, String how) { }

    void apply(Statement s) {
        if (s instanceof Statement.Drop d && (d.kind() == ObjectKind.TABLE || d.kind() == ObjectKind.VIEW
                || d.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            d.names().forEach(n -> gone.put(n.name(), new Gone(n, "dropped")));
            d.names().forEach(n -> goneColumns.remove(n.name()));
        } else if (s instanceof Statement.DropIndex di && !di.ifExists()) {
            di.indexes().forEach(n -> gone.put(n.name(), new Gone(n, "dropped")));
        } else if (s instanceof Statement.CreateIndex ci && ci.name() != null) {
            back(new QualifiedName(null, ci.name()));
        } else if (s instanceof Statement.CreateTable ct) {
            back(ct.table());
            goneColumns.remove(ct.table().name());
        } else if (s instanceof Statement.CreateOther co && co.name() != null) {
            back(co.name());
        } else if (s instanceof Statement.AlterTable at) {
            columns(at);
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                renamed(at.table(), rt.to());
                rt.alsoRenamed().forEach(pair -> renamed(pair.from(), pair.to()));
            }
        }
    }

    /** The actions in order: a column dropped or renamed away is gone until an ADD or RENAME brings the name back. */
    private void columns(Statement.AlterTable at) {
        String table = at.table().name();
        for (AlterAction action : at.actions()) {
            if (action instanceof AlterAction.DropColumn dc) {
                goneColumns.computeIfAbsent(table, k -> new HashMap<>()).put(dc.column(), "dropped");
            } else if (action instanceof AlterAction.RenameColumn rc && !rc.from().equals(rc.to())) {
                goneColumns.computeIfAbsent(table, k -> new HashMap<>()).put(rc.from(), "renamed to " + rc.to());
                columnBack(table, rc.to());
            } else if (action instanceof AlterAction.AddColumn add) {
                columnBack(table, add.column().name());
            } else if (action instanceof AlterAction.RenameTable rt) {
                goneColumns.remove(table); // what is known of the old name does not follow it
                goneColumns.remove(rt.to().name());
            }
        }
    }

    private void columnBack(String table, String column) {
        Map<String, String> columns = goneColumns.get(table);
        if (columns != null) {
            columns.remove(column);
        }
    }

    /** How a column of {@code table} the history knew went away ("dropped", "renamed to x"), if it did. */
    Optional<String> findColumn(QualifiedName table, String column) {
        Map<String, String> columns = table == null ? null : goneColumns.get(table.name());
        return columns == null ? Optional.empty() : Optional.ofNullable(columns.get(column));
    }

    private void renamed(QualifiedName from, QualifiedName to) {
        back(to);
        if (!from.sameObject(to)) {
            gone.put(from.name(), new Gone(from, "renamed to " + to.sql()));
        }
    }

    private void back(QualifiedName name) {
        gone.remove(name.name());
    }

    Optional<Gone> find(QualifiedName name) {
        Gone g = name == null ? null : gone.get(name.name());
        return g != null && g.name().sameObject(name) ? Optional.of(g) : Optional.empty();
    }
}
