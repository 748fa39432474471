package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.ColumnTypeChanges;
import dev.miglint.dialect.postgres.TypeChange;
import dev.miglint.model.AlterAction;
import dev.miglint.model.DataType;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.ConstraintState;
import dev.miglint.schema.IndexState;
import dev.miglint.model.QualifiedName;
import java.util.List;

/** ALTER COLUMN TYPE that rewrites an existing table (or rebuilds its indexes) under ACCESS EXCLUSIVE. */
@RuleDefinition(id = "column-type-change-rewrite", level = Level.ERROR,
        summary = "Changing a column's type rewrites the table and its indexes under an ACCESS EXCLUSIVE lock.")
public final class ColumnTypeChangeRewrite implements Rule {

    @Override
    public void check(RuleContext context) {
        Statement.AlterTable at = context.alterOfExistingTable().orElse(null);
        if (at == null) {
            return;
        }
        String table = at.table().sql();
        for (AlterAction.AlterColumnType change : at.actions(AlterAction.AlterColumnType.class)) {
            DataType from = context.schema().table(at.table()).flatMap(t -> t.column(change.column()))
                    .map(ColumnState::type).orElse(null);
            TypeChange verdict = ColumnTypeChanges.typeChange(at.table(), change, context.schema(), context.transaction(),
                    context.pgVersion());
            if (verdict.safe()) {
                continue;
            }
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
            String message = "ALTER COLUMN " + column + " TYPE " + to + fromText + " " + what + " existing table "
                    + table + " under an ACCESS EXCLUSIVE lock";
            StringBuilder help = new StringBuilder();
            help.append("Why: ").append(capitalize(verdict.reason())).append(". ");
            if (verdict.kind() == TypeChange.Kind.UNKNOWN_OLD_TYPE) {
                help.append("Only binary-coercible changes (varchar(n) to a longer varchar or text, numeric(p,s) to a larger"
                        + " precision, cidr to inet) skip the rewrite; any other change rewrites every row. ");
            }
            if (verdict.kind() == TypeChange.Kind.CHECK_SCAN) {
                help.append("ALTER TABLE takes an ACCESS EXCLUSIVE lock on ").append(table)
                        .append(", which blocks all reads and writes until every row is checked.\n");
            } else if (verdict.kind() == TypeChange.Kind.INDEX_REBUILD) {
                help.append("ALTER TABLE takes an ACCESS EXCLUSIVE lock on ").append(table)
                        .append(", which blocks all reads and writes until every index on ").append(column)
                        .append(" is rebuilt.\n");
            } else {
                help.append("ALTER TABLE takes an ACCESS EXCLUSIVE lock on ").append(table)
                        .append(", which blocks all reads and writes until the table and every index are rebuilt,"
                                + " and needs up to twice the table's disk space.\n");
            }
            List<IndexState> rebuilt = ColumnTypeChanges.indexesRebuiltBy(context.schema(), at.table(), change.column());
            if (verdict.kind() == TypeChange.Kind.INDEX_REBUILD && change.collation() == null && !rebuilt.isEmpty()) {
                help.append(rebuildRecipe(at.table(), change, rebuilt));
            } else if (verdict.kind() == TypeChange.Kind.CHECK_SCAN) {
                help.append(checkRecipe(at.table(), change, ColumnTypeChanges.checksReading(context.schema(), at.table(),
                        change.column())));
            } else if (verdict.kind() == TypeChange.Kind.INDEX_REBUILD && change.collation() != null) {
                help.append(collationRecipe(at.table(), column, change.collation(), context.schema().indexesOn(at.table())
                        .stream().filter(ix -> ix.columns().equals(java.util.List.of(change.column()))).findFirst()
                        .orElse(null)));
            } else {
                help.append(recipe(table, column, from, change.type()));
            }
            context.report(message, help.toString());
        }
    }

    private static String recipe(String table, String column, DataType from, DataType to) {
        String toText = to == null ? "<new type>" : to.raw();
        String newColumn = Identifiers.quoteIfNeeded(Identifiers.normalize(column) + "_new");
        StringBuilder r = new StringBuilder();
        if (from != null && to != null && (from.is("integer") || from.is("serial") || from.is("smallint"))
                && (to.is("bigint") || to.is("bigserial"))) {
            r.append("int to bigint always rewrites. ");
        }
        if (to != null && to.is("varchar") && to.firstArg() >= 0) {
            r.append("To limit the length without a rewrite, use text with a CHECK (char_length(").append(column)
                    .append(") <= ").append(to.firstArg()).append(") constraint added NOT VALID and validated in a later"
                    + " migration. ");
        }
        r.append("Safe recipe (expand/contract): 1) ALTER TABLE ").append(table).append(" ADD COLUMN ").append(newColumn)
                .append(' ').append(toText).append("; 2) make the application (or a trigger) write both columns;"
                        + " 3) backfill ").append(newColumn).append(" in small batches (UPDATE ... WHERE id BETWEEN ...);"
                        + " 4) switch reads to ").append(newColumn).append("; 5) in a later migration drop ").append(column)
                .append(" and rename ").append(newColumn).append(" to ").append(column).append('.');
        return r.toString();
    }

    /** Take the expression or partial indexes off the column, change the type, and build them again concurrently. */
    private static String rebuildRecipe(QualifiedName tableName, AlterAction.AlterColumnType change,
            List<IndexState> indexes) {
        String table = tableName.sql();
        StringBuilder drop = new StringBuilder();
        StringBuilder create = new StringBuilder();
        for (IndexState ix : indexes) {
            drop.append("DROP INDEX CONCURRENTLY ").append(ix.name().sql()).append("; ");
            create.append("CREATE ").append(ix.unique() ? "UNIQUE " : "").append("INDEX CONCURRENTLY ")
                    .append(Identifiers.quoteIfNeeded(ix.name().name())).append(" ON ").append(table).append(" (")
                    .append(String.join(", ", ix.columns())).append(')')
                    .append(ix.predicate() == null ? "" : " WHERE " + ix.predicate()).append("; ");
        }
        return "Safe recipe, outside a transaction: 1) " + drop + "2) ALTER TABLE " + table + " ALTER COLUMN "
                + Identifiers.quoteIfNeeded(change.column()) + " TYPE " + change.type().raw() + "; (now a catalog-only"
                + " change: run it with a lock_timeout) 3) " + create.toString().trim()
                + " Between steps 1 and 3 queries run without the index" + (indexes.stream().anyMatch(IndexState::unique)
                        ? " and nothing stops duplicate values" : "") + ".";
    }

    /** The type change itself is catalog-only: take the CHECKs off the column first and validate them afterwards. */
    private static String checkRecipe(QualifiedName tableName, AlterAction.AlterColumnType change,
            List<ConstraintState> checks) {
        String table = tableName.sql();
        StringBuilder drop = new StringBuilder();
        StringBuilder add = new StringBuilder();
        StringBuilder validate = new StringBuilder();
        for (ConstraintState check : checks) {
            String name = Identifiers.quoteIfNeeded(ColumnTypeChanges.checkName(tableName, change.column(), check));
            drop.append("ALTER TABLE ").append(table).append(" DROP CONSTRAINT ").append(name).append("; ");
            add.append("ALTER TABLE ").append(table).append(" ADD CONSTRAINT ").append(name).append(" CHECK (")
                    .append(check.definition().checkExpression().text()).append(") NOT VALID; ");
            validate.append("ALTER TABLE ").append(table).append(" VALIDATE CONSTRAINT ").append(name).append("; ");
        }
        return "Safe recipe: 1) " + drop + "2) ALTER TABLE " + table + " ALTER COLUMN "
                + Identifiers.quoteIfNeeded(change.column()) + " TYPE " + change.type().raw() + "; (now a catalog-only"
                + " change: run it with a lock_timeout) 3) " + add + "4) in a later migration, " + validate.toString().trim()
                + " (VALIDATE reads the rows under a SHARE UPDATE EXCLUSIVE lock that lets reads and writes go on).";
    }

    /** A collation change rebuilds only the indexes: build their replacements concurrently first. */
    private static String collationRecipe(dev.miglint.model.QualifiedName tableName, String column, String collation,
            dev.miglint.schema.IndexState index) {
        String table = tableName.sql();
        String c = Identifiers.quoteIfNeeded(collation);
        String example = index == null ? "CREATE INDEX CONCURRENTLY ... ON " + table + " (" + column + " COLLATE " + c + ")"
                : "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX CONCURRENTLY "
                        + Identifiers.quoteIfNeeded(index.name().name() + "_new") + " ON " + table + " (" + column
                        + " COLLATE " + c + "); DROP INDEX CONCURRENTLY "
                        + new dev.miglint.model.QualifiedName(tableName.schema(), index.name().name()).sql();
        return "Safe recipe: for each index on " + column + ", CREATE INDEX CONCURRENTLY a copy with the column written "
                + column + " COLLATE " + c + ", then DROP INDEX CONCURRENTLY the old one (e.g. " + example
                + "); the ALTER COLUMN then finds indexes"
                + " that already use " + c + " and keeps them, so it is a quick catalog change (run it with a"
                + " lock_timeout). Indexes behind a PRIMARY KEY or UNIQUE constraint are swapped with ADD CONSTRAINT ..."
                + " USING INDEX.";
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
