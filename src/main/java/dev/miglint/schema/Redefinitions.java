package dev.miglint.schema;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Which statements are steps of a table redefinition (copy, drop the old, rename the copy back). */
final class Redefinitions {
    /** The current migration's table redefinitions, by statement index (a look-ahead over the whole file). */
    private Map<Integer, TableRedefinition> inFile = Map.of();
    /** Across the history: source table name to the last INSERT ... SELECT that copied its rows into another table. */
    private final Map<String, Statement.Insert> copies = new HashMap<>();
    /** Tables dropped after their rows were copied: dropped name to the copy. */
    private final Map<String, Statement.Insert> droppedAfterCopy = new HashMap<>();

    void beginMigration(List<ParsedStatement> statements) {
        inFile = TableRedefinition.find(statements);
    }

    void recordCopies(Statement statement) {
        if (statement instanceof Statement.Insert ins && ins.source() != null
                && !ins.source().table().sameObject(ins.table())) {
            copies.put(ins.source().table().name(), ins);
        } else if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE) {
            for (QualifiedName n : d.names()) {
                Statement.Insert copy = copies.remove(n.name());
                if (copy != null) {
                    droppedAfterCopy.put(n.name(), copy);
                }
            }
        } else if (statement instanceof Statement.AlterTable at) {
            at.actions(AlterAction.RenameTable.class).forEach(rt -> droppedAfterCopy.remove(rt.to().name()));
        }
    }

    /** {@code tableExists}: whether a table of that bare name exists just before the statement. */
    Optional<TableRedefinition> of(ParsedStatement statement, Predicate<String> tableExists) {
        TableRedefinition found = inFile.get(statement.index());
        if (found != null || statement.nested()) {
            return Optional.ofNullable(found);
        }
        return acrossMigrations(statement.model(), tableExists);
    }

    /**
     * A redefinition spread over several migration files (ory/popx writes one statement per file): the DROP
     * of a table whose rows were copied into a table named after it ({@code _x_tmp}, {@code new_x}), and
     * the rename of that copy to the dropped name. Without a look-ahead the name is the evidence.
     */
    private Optional<TableRedefinition> acrossMigrations(Statement statement, Predicate<String> tableExists) {
        if (statement instanceof Statement.Drop d && d.kind() == ObjectKind.TABLE && d.names().size() == 1) {
            QualifiedName dropped = d.names().get(0);
            Statement.Insert copy = copies.get(dropped.name());
            if (copy != null && tableExists.test(copy.table().name())
                    && copy.table().name().toLowerCase(Locale.ROOT).contains(dropped.name().toLowerCase(Locale.ROOT))) {
                return Optional.of(new TableRedefinition(TableRedefinition.Role.DROP_OLD, dropped, dropped, copy));
            }
        } else if (statement instanceof Statement.AlterTable at && at.actions().size() == 1
                && at.actions().get(0) instanceof AlterAction.RenameTable rt) {
            Statement.Insert copy = droppedAfterCopy.get(rt.to().name());
            if (copy != null && copy.table().sameObject(at.table()) && !tableExists.test(rt.to().name())) {
                return Optional.of(new TableRedefinition(TableRedefinition.Role.RENAME_BACK, rt.to(), rt.to(), copy));
            }
        }
        return Optional.empty();
    }
}
