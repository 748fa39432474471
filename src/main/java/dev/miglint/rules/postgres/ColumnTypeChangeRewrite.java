package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.ColumnTypeChanges;
import dev.miglint.dialect.postgres.TypeChange;
import dev.miglint.model.AlterAction;
import dev.miglint.model.DataType;
import dev.miglint.model.Identifiers;
import dev.miglint.model.QualifiedName;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.ConstraintState;
import dev.miglint.schema.IndexState;
import dev.miglint.text.Phrases;
import java.util.List;
import java.util.stream.Collectors;

/** ALTER COLUMN TYPE that rewrites an existing table (or rebuilds its indexes) under ACCESS EXCLUSIVE. */
@RuleDefinition(id = "column-type-change-rewrite", level = Level.ERROR,
        summary = "Changing a column's type rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.")
public final class ColumnTypeChangeRewrite implements Rule {

    @Override
    public void check(RuleContext context) {
        for (RuleContext.OnTable<AlterAction.AlterColumnType> on
                : context.actionsOnExistingTable(AlterAction.AlterColumnType.class)) {
            QualifiedName tableName = on.table();
            AlterAction.AlterColumnType change = on.action();
            DataType from = context.schema().table(tableName).flatMap(t -> t.column(change.column()))
                    .map(ColumnState::type).orElse(null);
            TypeChange verdict = ColumnTypeChanges.typeChange(tableName, change, context.schema(), context.transaction(),
                    context.pgVersion());
            if (verdict.safe()) {
                continue;
            }
            String table = tableName.sql();
            String column = Identifiers.quoteIfNeeded(change.column());
            String to = (change.type() == null ? "a new type" : change.type().raw())
                    + (change.collation() == null ? "" : " COLLATE " + Identifiers.quoteIfNeeded(change.collation()));
            String what = switch (verdict.kind()) {
                case INDEX_REBUILD -> "rebuilds the indexes of";
                case TIMEZONE_DEPENDENT -> "may rewrite";
                case CHECK_SCAN -> "reads every row of";
                default -> "rewrites";
            };
            String fromText = from == null ? " (current type unknown)" : " from " + from.raw();
            RuleHelp help = RuleHelp.of(this).with("reason", Phrases.capitalize(verdict.reason())).with("table", table)
                    .with("column", column).with("new_type", change.type() == null ? "<new type>" : change.type().raw());
            switch (verdict.kind()) {
                case CHECK_SCAN -> checkScan(help.why("check scan").fix("check scan"), tableName, change,
                        ColumnTypeChanges.checksReading(context.schema(), tableName, change.column()));
                case INDEX_REBUILD -> indexRebuild(help.why("index rebuild"), context, tableName, change);
                case UNKNOWN_OLD_TYPE -> expandContract(help.why("unknown old type"), change);
                default -> expandContract(help, change);
            }
            context.report("ALTER COLUMN " + column + " TYPE " + to + fromText + " " + what + " existing table "
                    + table + " under an ACCESS EXCLUSIVE lock", help.text());
        }
    }

    private static void expandContract(RuleHelp help, AlterAction.AlterColumnType change) {
        DataType to = change.type();
        help.with("new_column", Identifiers.quoteIfNeeded(change.column() + "_new"))
                .addingFix(to != null && to.is("varchar") && to.firstArg() >= 0, "length limit")
                .with("length", to == null ? "" : to.firstArg());
    }

    /** The type change itself is catalog-only: take the CHECKs off the column first and validate them afterwards. */
    private static void checkScan(RuleHelp help, QualifiedName tableName, AlterAction.AlterColumnType change,
            List<ConstraintState> checks) {
        String table = tableName.sql();
        List<String> names = checks.stream()
                .map(check -> Identifiers.quoteIfNeeded(ColumnTypeChanges.checkName(tableName, change.column(), check)))
                .toList();
        help.with("drop_checks", each(names, name -> "ALTER TABLE " + table + " DROP CONSTRAINT " + name + ";"))
                .with("add_checks", each(checks, check -> "ALTER TABLE " + table + " ADD CONSTRAINT "
                        + names.get(checks.indexOf(check)) + " CHECK (" + check.definition().checkExpression().text()
                        + ") NOT VALID;"))
                .with("validate_checks", each(names, name -> "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name + ";"));
    }

    /**
     * A collation change rebuilds only the indexes: build their replacements concurrently first. Otherwise take the
     * expression or partial indexes off the column, change the type, and build them again concurrently.
     */
    private static void indexRebuild(RuleHelp help, RuleContext context, QualifiedName tableName,
            AlterAction.AlterColumnType change) {
        String table = tableName.sql();
        List<IndexState> rebuilt = ColumnTypeChanges.indexesRebuiltBy(context.schema(), tableName, change.column());
        if (change.collation() != null) {
            String column = Identifiers.quoteIfNeeded(change.column());
            String c = Identifiers.quoteIfNeeded(change.collation());
            IndexState index = context.schema().indexesOn(tableName).stream()
                    .filter(ix -> ix.columns().equals(List.of(change.column()))).findFirst().orElse(null);
            help.fix("collation").with("collation", c).with("example", index == null
                    ? "CREATE INDEX CONCURRENTLY ... ON " + table + " (" + column + " COLLATE " + c + ")"
                    : "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
                            + Identifiers.quoteIfNeeded(index.name().name() + "_new") + " ON " + table + " (" + column
                            + " COLLATE " + c + "); DROP INDEX CONCURRENTLY "
                            + new QualifiedName(tableName.schema(), index.name().name()).sql());
        } else if (rebuilt.isEmpty()) {
            expandContract(help, change);
        } else {
            help.fix("index rebuild").addingFix(rebuilt.stream().anyMatch(IndexState::unique), "unique index rebuild")
                    .with("drop_indexes", each(rebuilt, ix -> "DROP INDEX CONCURRENTLY " + ix.name().sql() + ";"))
                    .with("create_indexes", each(rebuilt, ix -> "CREATE " + (ix.unique() ? "UNIQUE " : "")
                            + "INDEX CONCURRENTLY " + Identifiers.quoteIfNeeded(ix.name().name()) + " ON " + table + " ("
                            + String.join(", ", ix.columns()) + ")"
                            + (ix.predicate() == null ? "" : " WHERE " + ix.predicate()) + ";"));
        }
    }

    private static <T> String each(List<T> items, java.util.function.Function<T, String> statement) {
        return items.stream().map(statement).collect(Collectors.joining(" "));
    }
}
