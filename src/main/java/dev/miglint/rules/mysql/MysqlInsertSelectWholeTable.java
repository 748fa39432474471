package dev.miglint.rules.mysql;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.RowScope;

/**
 * INSERT ... SELECT copying a whole existing table in one statement: under REPEATABLE READ InnoDB takes shared
 * next-key locks on every source row, so writes to the source wait for the whole copy. MySQL only: PostgreSQL reads
 * the source from a snapshot without blocking writers, and SQLite's table redefinition copies are the expected way
 * to change a table there.
 */
@RuleDefinition(id = "mysql-insert-select-whole-table", level = Level.WARNING,
        summary = "INSERT ... SELECT of a whole existing table, or of an unbounded range of it, in one statement locks every source row it reads and blocks writes to them until the copy ends.",
        dialects = {Dialect.MYSQL}, nestedStatements = false)
public final class MysqlInsertSelectWholeTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Insert insert) || insert.source() == null
                || insert.source().narrowed()) {
            return; // a LIMIT (a batch), JOIN, UNION or GROUP BY: not a plain copy of the source's rows
        }
        Statement.SelectSource source = insert.source();
        RowScope scope = RowScope.ofSource(source, context.schema());
        boolean scansAll = !scope.everyRow() && context.schema().unindexedFilter(source.table(), source.where()).isPresent();
        if (scope.fewRows() || !scope.everyRow() && !scansAll && (!source.where().pinnedColumns().isEmpty()
                || boundedKeyRange(source, context))) {
            return; // a key lookup, an indexed equality filter to some values, or a BETWEEN batch over the primary key
        }
        if (context.schema().isNewTable(source.table()) || context.schema().isEmptiedInMigration(source.table())) {
            return; // a table this migration created or emptied has no rows to lock
        }
        String from = source.table().sql(Dialect.MYSQL);
        String into = insert.table().sql(Dialect.MYSQL);
        String message;
        if (scansAll) {
            message = "INSERT INTO " + into + " ... SELECT filters existing table " + from + " with WHERE "
                    + source.where().text().trim() + ", which no index serves: InnoDB reads and locks every row of " + from
                    + " in one statement, blocking writes to the table until it finishes";
        } else {
            String what = scope.everyRow()
                    ? "the whole of existing table " + from + (source.where() == null ? ""
                            : " (WHERE " + source.where().text().trim() + " matches every row)")
                    : "every row of existing table " + from + " matching WHERE " + source.where().text().trim()
                            + " (a range, not a key lookup, and no LIMIT)";
            message = "INSERT INTO " + into + " ... SELECT copies " + what + " in one statement, blocking writes to those"
                    + " rows of " + from + " until it finishes";
        }
        context.report(message,
                RuleHelp.of(this).with("source", from).with("target", into).text());
    }

    /** The WHERE bounds the source's primary key (or {@code id}) on both sides with BETWEEN: one batch. */
    private static boolean boundedKeyRange(Statement.SelectSource source, RuleContext context) {
        String key = context.schema().primaryKeyColumns(source.table()).stream().findFirst().orElse("id");
        return java.util.regex.Pattern.compile("(^|[^\\w])`?" + java.util.regex.Pattern.quote(key) + "`?\\s+BETWEEN\\s",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(source.where().text()).find();
    }
}
