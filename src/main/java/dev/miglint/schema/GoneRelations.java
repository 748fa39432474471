package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tables and views the history dropped or renamed away and did not create (or rename into place) again: a later
 * statement that names one fails ("no such table", "relation does not exist"). Only what the history saw go is
 * here, so a table the history never knew is never concluded missing.
 */
final class GoneRelations {
    /** Normalized name to how it went ("dropped", "renamed to products"), with the name as it was written. */
    private final Map<String, Gone> gone = new HashMap<>();

    /** A relation that no longer exists, and how it went. */
    record Gone(QualifiedName name, String how) { }

    void apply(Statement s) {
        if (s instanceof Statement.Drop d && (d.kind() == ObjectKind.TABLE || d.kind() == ObjectKind.VIEW
                || d.kind() == ObjectKind.MATERIALIZED_VIEW)) {
            d.names().forEach(n -> gone.put(n.name(), new Gone(n, "dropped")));
        } else if (s instanceof Statement.CreateTable ct) {
            back(ct.table());
        } else if (s instanceof Statement.CreateOther co && co.name() != null) {
            back(co.name());
        } else if (s instanceof Statement.AlterTable at) {
            for (AlterAction.RenameTable rt : at.actions(AlterAction.RenameTable.class)) {
                renamed(at.table(), rt.to());
                rt.alsoRenamed().forEach(pair -> renamed(pair.from(), pair.to()));
            }
        }
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
