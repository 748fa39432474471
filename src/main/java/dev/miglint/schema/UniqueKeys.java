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

    private static Set<String> folded(Collection<String> columns) {
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }
}
