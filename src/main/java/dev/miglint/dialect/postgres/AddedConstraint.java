package dev.miglint.dialect.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.schema.SchemaView;
import java.util.List;

/**
 * A constraint an ALTER TABLE adds to a table whose rows someone may be waiting on (not scan-free): what the rules
 * about checking or indexing existing rows under the ALTER TABLE lock start from, with the words they report it in.
 */
public record AddedConstraint(Statement.AlterTable alter, ConstraintDef constraint) {

    /** The ADD CONSTRAINTs (and inline column constraints) of {@code model} on a table that may hold rows. */
    public static List<AddedConstraint> onTableWithRows(Statement model, SchemaView schema) {
        if (!(model instanceof Statement.AlterTable at) || schema.isScanFree(at.table())) {
            return List.of();
        }
        return at.actions(AlterAction.AddConstraint.class).stream()
                .map(ac -> new AddedConstraint(at, ac.constraint())).toList();
    }

    /** The constraint's kind as written in SQL: FOREIGN KEY, CHECK, PRIMARY KEY, UNIQUE, EXCLUDE. */
    public String kindSql() {
        return switch (constraint.kind()) {
            case FOREIGN_KEY -> "FOREIGN KEY";
            case CHECK -> "CHECK";
            case PRIMARY_KEY -> "PRIMARY KEY";
            case EXCLUDE -> "EXCLUDE";
            default -> "UNIQUE";
        };
    }

    /** {@code "name" (KIND)}, or the kind alone for an unnamed constraint. */
    public String label() {
        return constraint.name() == null ? kindSql() : Names.quoted(constraint.name()) + " (" + kindSql() + ")";
    }

    /** The constraint's name, or the one PostgreSQL gives an unnamed one ({@code <table>_<columns>_<suffix>}). */
    public String nameOrDefault() {
        if (constraint.name() != null) {
            return Identifiers.quoteIfNeeded(constraint.name());
        }
        String suffix = switch (constraint.kind()) {
            case FOREIGN_KEY -> "_fkey";
            case CHECK -> "_check";
            case PRIMARY_KEY -> "_pkey";
            case EXCLUDE -> "_excl";
            default -> "_key";
        };
        return Identifiers.quoteIfNeeded(alter.table().name() + "_" + String.join("_", constraint.columns()) + suffix);
    }
}
