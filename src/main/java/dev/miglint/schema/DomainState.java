package dev.miglint.schema;

import dev.miglint.model.DataType;
import dev.miglint.model.QualifiedName;
import java.util.List;

/**
 * A PostgreSQL domain the history created (CREATE DOMAIN) and altered (ALTER DOMAIN): whether it is NOT NULL,
 * how many CHECK constraints it has, and the expressions of the CHECKs known to still hold ({@code VALUE >= 0}; a
 * DROP CONSTRAINT forgets them all, since which one went is not tracked).
 */
public record DomainState(QualifiedName name, DataType baseType, boolean notNull, int checks,
        List<String> checkExpressions) {

    public DomainState {
        checkExpressions = List.copyOf(checkExpressions);
    }

    public DomainState(QualifiedName name, DataType baseType, boolean notNull, int checks) {
        this(name, baseType, notNull, checks, List.of());
    }

    /** PostgreSQL's DomainHasConstraints: every value stored in the domain is checked (NOT NULL or a CHECK). */
    public boolean hasConstraints() {
        return notNull || checks > 0;
    }

    /** A column of a table whose type is this domain. {@code newTable}: created in the current migration. */
    public record Use(QualifiedName table, String column, boolean newTable) { }

    /** True when {@code type} names the domain (unqualified or schema-qualified, case as normalized). */
    public static boolean names(DataType type, String domain) {
        if (type == null || type.array()) {
            return false;
        }
        String n = type.name();
        int dot = n.lastIndexOf('.');
        return (dot >= 0 ? n.substring(dot + 1) : n).replace("\"", "").equals(domain);
    }
}
