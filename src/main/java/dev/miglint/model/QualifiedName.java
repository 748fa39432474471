package dev.miglint.model;

import java.util.Locale;

/**
 * A possibly schema-qualified object name, normalized the way the database folds identifiers:
 * unquoted names are lower-cased, quoted names are kept exactly. {@link #sql()} renders it back
 * in a form that means the same object, for recipes written with the user's identifiers.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public QualifiedName {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
    }

    public static QualifiedName of(String name) {
        return new QualifiedName(null, name);
    }

    /** Parses {@code a}, {@code a.b}, {@code "A".b} or {@code `a`.`b`}; the last part is the name. */
    public static QualifiedName parse(String raw) {
        var parts = Identifiers.splitQualified(raw);
        String name = parts.get(parts.size() - 1);
        String schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
        return new QualifiedName(schema, name);
    }

    /** Same object when one side is unqualified: we do not track search_path, so public.x matches x. */
    public boolean sameObject(QualifiedName other) {
        if (!name.equals(other.name)) {
            return false;
        }
        return schema == null || other.schema == null || schema.equals(other.schema)
                || isDefaultSchema(schema) && isDefaultSchema(other.schema);
    }

    public String sql() {
        return schema == null ? Identifiers.quoteIfNeeded(name) : Identifiers.quoteIfNeeded(schema) + "." + Identifiers.quoteIfNeeded(name);
    }

    /** {@link #sql()} with the dialect's identifier quote (backticks for MySQL). */
    public String sql(Dialect dialect) {
        return schema == null ? Identifiers.quoteIfNeeded(name, dialect)
                : Identifiers.quoteIfNeeded(schema, dialect) + "." + Identifiers.quoteIfNeeded(name, dialect);
    }

    private static boolean isDefaultSchema(String s) {
        return s.equals("public") || s.equals("main") || s.equals("dbo");
    }

    @Override
    public String toString() {
        return sql();
    }

    @Override
    public int compareTo(QualifiedName o) {
        return sql().compareTo(o.sql());
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
