package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.model.ViewOutputColumns;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The relations of the history that are not tables: views, materialized views and sequences, by bare name. */
final class RelationCatalog {
    /** Views and materialized views: true when created in the current migration. */
    private final Map<String, Boolean> views = new HashMap<>();
    /** Materialized views created or refreshed in the history. */
    private final Set<String> materializedViews = new HashSet<>();
    /** Sequences created in the history (CREATE SEQUENCE, serial and identity columns). */
    private final Set<String> sequences = new HashSet<>();
    /** Views to their output columns, when the definition tells them. */
    private final Map<String, List<ViewOutputColumns.Column>> viewOutputs = new HashMap<>();

    void settleMigration() {
        views.replaceAll((k, v) -> false);
    }

    /** Which names are views, materialized views and sequences (ALTER TABLE accepts the last two). */
    void apply(Statement statement) {
        if (statement instanceof Statement.CreateOther co && co.name() != null) {
            if (co.kind() == ObjectKind.VIEW || co.kind() == ObjectKind.MATERIALIZED_VIEW) {
                views.put(co.name().name(), true);
            }
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
        } else if (statement instanceof Statement.Drop d) {
            if (d.kind() == ObjectKind.VIEW || d.kind() == ObjectKind.MATERIALIZED_VIEW) {
                d.names().forEach(n -> views.remove(n.name()));
            }
            if (d.kind() == ObjectKind.SEQUENCE) {
                d.names().forEach(n -> sequences.remove(n.name()));
            } else if (d.kind() == ObjectKind.MATERIALIZED_VIEW) {
                d.names().forEach(n -> materializedViews.remove(n.name()));
            }
        }
    }

    /** A view's output columns; forgotten when anything else (ALTER, RENAME, DROP) touches the name. */
    void recordViewOutputs(ParsedStatement statement, ViewOutputColumns.Relations known) {
        Statement s = statement.model();
        if (s instanceof Statement.CreateOther co && co.kind() == ObjectKind.VIEW && co.name() != null) {
            ViewOutputColumns.of(statement.tokens(), known).ifPresentOrElse(
                    columns -> viewOutputs.put(co.name().name(), columns), () -> viewOutputs.remove(co.name().name()));
        } else if (s instanceof Statement.Drop d) {
            d.names().forEach(n -> viewOutputs.remove(n.name()));
        } else if (s instanceof Statement.AlterTable at) {
            viewOutputs.remove(at.table().name());
        } else if (s instanceof Statement.Rename r && r.from() != null) {
            viewOutputs.remove(r.from().name());
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

    /** A name created as a sequence (it may since have been replaced by a table of that name). */
    boolean isSequenceName(String bareName) {
        return sequences.contains(bareName);
    }

    boolean isMaterializedView(QualifiedName name) {
        return materializedViews.contains(name.name());
    }

    boolean isNewView(QualifiedName name) {
        return views.getOrDefault(name.name(), false);
    }

    boolean isKnownView(QualifiedName name) {
        return views.containsKey(name.name());
    }

    Optional<List<ViewOutputColumns.Column>> viewOutputColumns(QualifiedName view) {
        return Optional.ofNullable(viewOutputs.get(view.name()));
    }

    /** Becomes a copy of {@code other} (empty before): later changes to either leave the other as it was. */
    void copyFrom(RelationCatalog other) {
        views.putAll(other.views);
        materializedViews.addAll(other.materializedViews);
        sequences.addAll(other.sequences);
        other.viewOutputs.forEach((k, columns) -> viewOutputs.put(k, new java.util.ArrayList<>(columns)));
    }
}
