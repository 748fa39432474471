package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteAlterTable;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ConstraintState;
import dev.miglint.schema.IndexState;
import dev.miglint.schema.TableState;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DROP COLUMN of a column an index or a constraint uses: SQLite refuses it. */
@RuleDefinition(id = "sqlite-drop-column-in-use", level = Level.ERROR,
        summary = "SQLite cannot drop a column that an index, a key or a CHECK/foreign key constraint uses.",
        dialects = {Dialect.SQLITE})
public final class SqliteDropColumnInUse implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterTable at)) {
            return;
        }
        Optional<TableState> table = context.schema().table(at.table());
        List<IndexState> indexes = context.schema().indexesOn(at.table());
        for (AlterAction.DropColumn drop : at.actions(AlterAction.DropColumn.class)) {
            List<String> users = new ArrayList<>();
            for (IndexState ix : indexes) {
                if (ix.columns().stream().anyMatch(c -> Identifiers.mentionsWord(c, drop.column()))) {
                    users.add("index " + ix.name().sql());
                }
            }
            for (ConstraintState c : table.map(TableState::constraints).orElse(List.of())) {
                if (uses(c.definition(), drop.column())) {
                    users.add(describe(c));
                }
            }
            if (users.isEmpty()) {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(drop.column());
            String t = at.table().sql();
            boolean onlyIndexes = users.stream().allMatch(u -> u.startsWith("index "));
            context.report("DROP COLUMN " + column + " fails: " + String.join(", ", users) + " on " + t + " still use"
                            + (users.size() == 1 ? "s" : "") + " it",
                    RuleHelp.of(this).fix(onlyIndexes ? null : "in a constraint").with("users", String.join(", ", users))
                            .with("column", column).with("table", t)
                            .with("new_table", SqliteAlterTable.redefinitionCopyName(at.table())).text());
        }
    }

    private static boolean uses(ConstraintDef c, String column) {
        return c.kind() != ConstraintDef.Kind.NOT_NULL && c.readsColumn(column);
    }

    private static String describe(ConstraintState c) {
        String kind = switch (c.definition().kind()) {
            case PRIMARY_KEY -> "PRIMARY KEY";
            case UNIQUE -> "UNIQUE constraint";
            case FOREIGN_KEY -> "foreign key";
            case CHECK -> "CHECK constraint";
            default -> "constraint";
        };
        return c.name().startsWith("$") ? kind : kind + " " + Identifiers.quoteIfNeeded(c.name());
    }
}
