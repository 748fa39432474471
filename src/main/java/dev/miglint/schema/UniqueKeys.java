package dev.miglint.schema;

import dev.miglint.model.ConstraintDef;
import dev.miglint.model.QualifiedName;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The unique keys (primary key, unique constraints, unique indexes) the history gave a table. */
public final class UniqueKeys {
    private UniqueKeys() {
    }

    /**
     * True when a primary key, unique constraint or unique index of {@code table} has exactly {@code columns}
     * (in any order, case-insensitively): what an upsert's conflict target must match.
     */
    public static boolean hasKeyExactlyOn(SchemaView schema, QualifiedName table, Collection<String> columns) {
        Set<String> wanted = folded(columns);
        for (ConstraintState c : schema.table(table).map(TableState::constraints).orElse(List.of())) {
            ConstraintDef def = c.definition();
            if ((def.kind() == ConstraintDef.Kind.PRIMARY_KEY || def.kind() == ConstraintDef.Kind.UNIQUE)
                    && folded(def.columns()).equals(wanted)) {
                return true;
            }
        }
        for (IndexState ix : schema.indexesOn(table)) {
            if (ix.unique() && folded(ix.columns()).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A primary key, unique constraint or unique index of {@code table} whose columns are all among {@code columns}:
     * the rows are already distinct on them, so a key over {@code columns} cannot meet a duplicate.
     */
    public static boolean alreadyUnique(SchemaView schema, QualifiedName table, Collection<String> columns) {
        Set<String> wanted = folded(columns);
        for (ConstraintState c : schema.table(table).map(TableState::constraints).orElse(List.of())) {
            ConstraintDef def = c.definition();
            if ((def.kind() == ConstraintDef.Kind.PRIMARY_KEY || def.kind() == ConstraintDef.Kind.UNIQUE)
                    && !def.columns().isEmpty() && wanted.containsAll(folded(def.columns()))) {
                return true;
            }
        }
        for (IndexState ix : schema.indexesOn(table)) {
            if (ix.unique() && !ix.columns().isEmpty() && wanted.containsAll(folded(ix.columns()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The foreign key of {@code table} whose referencing columns include every one of {@code columns}, if any: a
     * many-to-one reference, which several rows may (and usually do) share, so existing rows repeat its values.
     */
    public static java.util.Optional<ConstraintDef> manyToOneReference(SchemaView schema, QualifiedName table,
            Collection<String> columns) {
        Set<String> wanted = folded(columns);
        return schema.table(table).map(TableState::constraints).orElse(List.of()).stream()
                .map(ConstraintState::definition)
                .filter(def -> def.kind() == ConstraintDef.Kind.FOREIGN_KEY && !wanted.isEmpty()
                        && folded(def.columns()).containsAll(wanted))
                .findFirst();
    }

    private static Set<String> folded(Collection<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
