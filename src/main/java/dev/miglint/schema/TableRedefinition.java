package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One statement's part in a table redefinition: the way SQLite (and tools that target it) change a table
 * ALTER TABLE cannot, by building a new table, copying the rows and swapping names. Two shapes:
 * <ul>
 * <li>new-table (Prisma {@code new_X}, Drizzle {@code __new_X}, the SQLite manual): {@code CREATE TABLE new_X;
 * INSERT INTO new_X ... SELECT ... FROM X; DROP TABLE X; ALTER TABLE new_X RENAME TO X};</li>
 * <li>rename-away (Rails, ory/popx): {@code ALTER TABLE X RENAME TO X_old; CREATE TABLE X; INSERT INTO X
 * SELECT ... FROM X_old; DROP TABLE X_old}.</li>
 * </ul>
 * The application sees the same table name before and after, so the DROP of the old copy and the
 * renames are not breaking changes; what can be lost is the columns the copy leaves out.
 *
 * @param role what this statement does in the pattern
 * @param table the name the application uses, before and after
 * @param oldTable the table whose rows are copied and which is then dropped ({@code X} or {@code X_old})
 * @param copy the INSERT ... SELECT that copies the rows
 */
public record TableRedefinition(Role role, QualifiedName table, QualifiedName oldTable, Statement.Insert copy) {

    public enum Role {
        /** {@code ALTER TABLE X RENAME TO X_old} before X is re-created. */
        RENAME_AWAY,
        /** {@code DROP TABLE} of the table whose rows were copied into the new one. */
        DROP_OLD,
        /** {@code ALTER TABLE new_X RENAME TO X} after the old X was dropped. */
        RENAME_BACK
    }

    /** Finds the redefinitions among a migration's top-level statements: statement index to its part. */
    static Map<Integer, TableRedefinition> find(List<ParsedStatement> statements) {
        List<ParsedStatement> top = statements.stream().filter(s -> !s.nested()).toList();
        Map<Integer, TableRedefinition> roles = new HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            if (!(top.get(i).model() instanceof Statement.Insert ins) || ins.source() == null) {
                continue;
            }
            QualifiedName target = ins.table();
            QualifiedName source = ins.source().table();
            if (target.sameObject(source)) {
                continue;
            }
            int created = lastBefore(top, i, s -> s instanceof Statement.CreateTable ct && ct.table().sameObject(target));
            int dropped = firstAfter(top, i, s -> drops(s, source));
            if (created < 0 || dropped < 0) {
                continue;
            }
            int renamedBack = firstAfter(top, dropped, s -> renames(s, target, source));
            if (renamedBack >= 0) { // new-table shape
                roles.put(top.get(dropped).index(), new TableRedefinition(Role.DROP_OLD, source, source, ins));
                roles.put(top.get(renamedBack).index(), new TableRedefinition(Role.RENAME_BACK, source, source, ins));
                continue;
            }
            int renamedAway = lastBefore(top, created, s -> renames(s, target, source));
            if (renamedAway >= 0) { // rename-away shape
                roles.put(top.get(renamedAway).index(), new TableRedefinition(Role.RENAME_AWAY, target, source, ins));
                roles.put(top.get(dropped).index(), new TableRedefinition(Role.DROP_OLD, target, source, ins));
            }
        }
        return roles;
    }

    private static boolean drops(Statement s, QualifiedName table) {
        return s instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE
                && d.names().stream().anyMatch(n -> n.sameObject(table));
    }

    private static boolean renames(Statement s, QualifiedName from, QualifiedName to) {
        return s instanceof Statement.AlterTable at && at.table().sameObject(from)
                && at.actions(AlterAction.RenameTable.class).stream().anyMatch(r -> r.to().sameObject(to));
    }

    private static int lastBefore(List<ParsedStatement> top, int before, java.util.function.Predicate<Statement> p) {
        for (int j = before - 1; j >= 0; j--) {
            if (p.test(top.get(j).model())) {
                return j;
            }
        }
        return -1;
    }

    private static int firstAfter(List<ParsedStatement> top, int after, java.util.function.Predicate<Statement> p) {
        for (int j = after + 1; j < top.size(); j++) {
            if (p.test(top.get(j).model())) {
                return j;
            }
        }
        return -1;
    }
}
