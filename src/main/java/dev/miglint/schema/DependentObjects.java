package dev.miglint.schema;

import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Volatility;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * What the catalog the history built makes depend on an object, as PostgreSQL's pg_depend would: the objects whose
 * presence makes a plain DROP of it fail ("cannot drop ... because other objects depend on it"), each described
 * for a message ("column items.m", "the default of items.code", "FOREIGN KEY items_cat_id_fkey of items").
 */
final class DependentObjects {
    private final Collection<TableState> tables;

    DependentObjects(Collection<TableState> tables) {
        this.tables = tables;
    }

    /**
     * What depends on {@code name} of {@code kind}; {@code callers} are the views and triggers that call it when it is
     * a function or procedure.
     */
    List<String> of(ObjectKind kind, QualifiedName name, Collection<String> callers) {
        List<String> out = new ArrayList<>();
        switch (kind) {
            case TYPE, DOMAIN -> out.addAll(columnsOfType(name));
            case FUNCTION, PROCEDURE -> {
                out.addAll(defaultsCalling(name));
                out.addAll(callers);
            }
            case SEQUENCE -> out.addAll(defaultsUsingSequence(name));
            case INDEX -> out.addAll(constraintsOwningIndex(name));
            default -> { }
        }
        return out;
    }

    /** The columns whose type is {@code type} (an enum, a domain or another user type), arrays of it included. */
    List<String> columnsOfType(QualifiedName type) {
        return columns("column ", (t, c) -> c.type() != null && sameName(c.type().name(), type.name()));
    }

    /** The column defaults that call {@code function}. */
    List<String> defaultsCalling(QualifiedName function) {
        return columns("the default of ", (t, c) -> c.defaultValue() != null
                && mentions(c.defaultValue().text(), function.name())
                && Volatility.calledFunctions(c.defaultValue().text()).stream().anyMatch(f -> sameName(f, function.name())));
    }

    /** The column defaults that draw on {@code sequence}: {@code nextval('s')}, or a serial column's own sequence. */
    List<String> defaultsUsingSequence(QualifiedName sequence) {
        return columns("the default of ", (t, c) -> drawsOn(t, c, sequence));
    }

    /** The columns whose default draws on {@code sequence}, in catalog order. */
    List<TableColumn> columnsUsingSequence(QualifiedName sequence) {
        List<TableColumn> out = new ArrayList<>();
        for (TableState t : tables) {
            for (ColumnState c : t.columns()) {
                if (drawsOn(t, c, sequence)) {
                    out.add(new TableColumn(t.name(), c.name()));
                }
            }
        }
        return out;
    }

    private static boolean drawsOn(TableState t, ColumnState c, QualifiedName sequence) {
        return c.type() != null && c.type().isSerial() && sameName(t.name().name() + "_" + c.name() + "_seq", sequence.name())
                || c.defaultValue() != null && c.defaultValue().text().toLowerCase(Locale.ROOT).contains("nextval")
                        && Identifiers.mentionsWord(c.defaultValue().text().replace("'", " "), sequence.name());
    }

    /** {@code what} + "table.column" for every column of every table that {@code depends}, sorted. */
    private List<String> columns(String what, BiPredicate<TableState, ColumnState> depends) {
        List<String> out = new ArrayList<>();
        for (TableState t : tables) {
            for (ColumnState c : t.columns()) {
                if (depends.test(t, c)) {
                    out.add(what + t.name().name() + "." + c.name());
                }
            }
        }
        return sorted(out);
    }

    /** The PRIMARY KEY, UNIQUE or EXCLUDE constraint whose index {@code index} is (PostgreSQL names it after it). */
    List<String> constraintsOwningIndex(QualifiedName index) {
        List<String> out = new ArrayList<>();
        for (TableState t : tables) {
            for (ConstraintState c : t.constraints()) {
                if (c.definition().isUniqueLike() && c.definition().usingIndex() == null
                        && sameName(c.catalogName(t.name()), index.name())) {
                    out.add(c.definition().kind().name().replace('_', ' ') + " constraint " + c.catalogName(t.name())
                            + " of " + t.name().name());
                }
            }
        }
        return sorted(out);
    }

    /** The FOREIGN KEYs of other tables that need {@code table}'s PRIMARY KEY or UNIQUE constraint {@code name}. */
    List<String> foreignKeysNeeding(QualifiedName table, String name) {
        TableState parent = tables.stream().filter(t -> t.name().sameObject(table)).findFirst().orElse(null);
        if (parent == null) {
            return List.of();
        }
        ConstraintState key = parent.constraints().stream()
                .filter(c -> c.definition().isUniqueLike() && sameName(c.catalogName(table), name))
                .findFirst().orElse(null);
        if (key == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (TableState t : tables) {
            for (ConstraintState fk : t.constraints()) {
                ConstraintDef d = fk.definition();
                if (d.kind() == ConstraintDef.Kind.FOREIGN_KEY && d.referencedTable() != null
                        && d.referencedTable().sameObject(table) && references(d, key.definition())) {
                    out.add("FOREIGN KEY " + fk.catalogName(t.name()) + " of " + t.name().name());
                }
            }
        }
        return sorted(out);
    }

    /** An FK without a column list references the primary key; with one, the key on exactly those columns. */
    private static boolean references(ConstraintDef fk, ConstraintDef key) {
        return fk.referencedColumns().isEmpty() ? key.kind() == ConstraintDef.Kind.PRIMARY_KEY
                : fk.referencedColumns().equals(key.columns());
    }

    /** A cheap first look before the expression is read: most defaults name no function at all. */
    private static boolean mentions(String text, String name) {
        return text.toLowerCase(Locale.ROOT).contains(bare(name).toLowerCase(Locale.ROOT));
    }

    private static boolean sameName(String a, String b) {
        return bare(a).equalsIgnoreCase(bare(b));
    }

    private static String bare(String name) {
        String n = name.replace("\"", "");
        return n.substring(n.lastIndexOf('.') + 1);
    }

    private static List<String> sorted(List<String> out) {
        out.sort(null);
        return out;
    }
}
