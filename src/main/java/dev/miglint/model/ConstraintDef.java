package dev.miglint.model;

import java.util.List;

/** A table constraint (also inline column constraints, lifted to table level by the parser). */
public record ConstraintDef(String name, Kind kind, List<String> columns, QualifiedName referencedTable,
        List<String> referencedColumns, SqlExpr checkExpression, boolean notValid, String usingIndex) {

    public enum Kind { PRIMARY_KEY, UNIQUE, FOREIGN_KEY, CHECK, EXCLUDE, NOT_NULL, OTHER }

    public ConstraintDef {
        columns = columns == null ? List.of() : List.copyOf(columns);
        referencedColumns = referencedColumns == null ? List.of() : List.copyOf(referencedColumns);
    }

    public boolean isUniqueLike() {
        return kind == Kind.PRIMARY_KEY || kind == Kind.UNIQUE || kind == Kind.EXCLUDE;
    }

    /**
     * The constraint reads {@code column} (normalized): it is written on it, or it is a CHECK whose expression names
     * it as a word (quotes of any dialect ignored).
     */
    public boolean readsColumn(String column) {
        if (columns.contains(column)) {
            return true;
        }
        if (kind != Kind.CHECK || checkExpression == null) {
            return false;
        }
        return Identifiers.mentionsWord(checkExpression.text(), column);
    }

    /** The column this CHECK proves NOT NULL, e.g. {@code CHECK (email IS NOT NULL)}, or null. */
    public String checkedNotNullColumn() {
        if (kind != Kind.CHECK || checkExpression == null) {
            return null;
        }
        String t = checkExpression.text().trim();
        while (t.startsWith("(") && t.endsWith(")")) {
            t = t.substring(1, t.length() - 1).trim();
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith("is not null")) {
            return null;
        }
        String column = t.substring(0, t.length() - "is not null".length()).trim();
        if (column.isEmpty() || column.contains(" ") && !column.startsWith("\"")) {
            return null;
        }
        return Identifiers.normalize(column);
    }
}
