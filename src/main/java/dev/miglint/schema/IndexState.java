package dev.miglint.schema;

import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import java.util.List;

/** An index the history created; {@code predicate}: the WHERE of a partial index (null for a full one). */
public record IndexState(QualifiedName name, QualifiedName table, boolean unique, List<String> columns,
        String predicate, boolean newInMigration) {

    IndexState settled() {
        return new IndexState(name, table, unique, columns, predicate, false);
    }

    IndexState renamed(QualifiedName newName) {
        return new IndexState(newName, table, unique, columns, predicate, newInMigration);
    }

    IndexState onTable(QualifiedName newTable) {
        return new IndexState(name, newTable, unique, columns, predicate, newInMigration);
    }

    /**
     * PostgreSQL rebuilds this index when {@code column} changes type, even to a binary-coercible type: it cannot
     * reuse an index with an expression or a predicate (CheckIndexCompatible), and this one reads the column.
     */
    public boolean rebuiltOnTypeChangeOf(String column) {
        boolean expressions = columns.stream().anyMatch(IndexState::isExpression);
        if (predicate == null && !expressions) {
            return false;
        }
        return columns.contains(column) || predicate != null && Identifiers.mentionsWord(predicate, column)
                || columns.stream().filter(IndexState::isExpression).anyMatch(e -> Identifiers.mentionsWord(e, column));
    }

    /** An element kept as source text (IndexElements): an expression, not a plain column name. */
    private static boolean isExpression(String element) {
        return element.contains("(");
    }
}
