package dev.miglint.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The columns a statement declares or retypes: CREATE TABLE columns, ALTER TABLE ADD COLUMN and
 * ALTER COLUMN TYPE, each with the constraints of the same statement that name it. For the type advice rules.
 */
public final class DeclaredColumns {
    private DeclaredColumns() {
    }

    /** One declared column. {@code definition} is null for ALTER COLUMN TYPE; {@code newTable}: from CREATE TABLE. */
    public record Declared(QualifiedName table, String column, DataType type, ColumnDef definition, boolean newTable,
            List<ConstraintDef> constraints) {

        public boolean primaryKey() {
            return definition != null && definition.primaryKey()
                    || constraints.stream().anyMatch(c -> c.kind() == ConstraintDef.Kind.PRIMARY_KEY);
        }

        /** The FOREIGN KEY constraints of the statement that include this column. */
        public List<ConstraintDef> foreignKeys() {
            return constraints.stream().filter(c -> c.kind() == ConstraintDef.Kind.FOREIGN_KEY).toList();
        }
    }

    public static List<Declared> of(Statement statement) {
        List<Declared> result = new ArrayList<>();
        if (statement instanceof Statement.CreateTable ct) {
            for (ColumnDef c : ct.columns()) {
                result.add(new Declared(ct.table(), c.name(), c.type(), c, true, naming(ct.constraints(), c.name())));
            }
        } else if (statement instanceof Statement.AlterTable at) {
            List<ConstraintDef> added = at.actions(AlterAction.AddConstraint.class).stream()
                    .map(AlterAction.AddConstraint::constraint).toList();
            for (AlterAction action : at.actions()) {
                if (action instanceof AlterAction.AddColumn ac) {
                    ColumnDef c = ac.column();
                    result.add(new Declared(at.table(), c.name(), c.type(), c, false, naming(added, c.name())));
                } else if (action instanceof AlterAction.AlterColumnType act) {
                    result.add(new Declared(at.table(), act.column(), act.type(), null, false, List.of()));
                }
            }
        }
        return result;
    }

    private static List<ConstraintDef> naming(List<ConstraintDef> constraints, String column) {
        return constraints.stream().filter(c -> c.columns().contains(column)).toList();
    }
}
