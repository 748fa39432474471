package dev.miglint.rules.mysql;

import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/**
 * INSERT ... SELECT copying a whole existing table in one statement: under REPEATABLE READ InnoDB takes shared
 * next-key locks on every source row, so writes to the source wait for the whole copy. MySQL only: PostgreSQL reads
 * the source from a snapshot without blocking writers, and SQLite's table redefinition copies are the expected way
 * to change a table there.
 */
@RuleDefinition(id = "mysql-insert-select-whole-table", level = Level.WARNING,
        summary = "INSERT ... SELECT of a whole existing table in one statement locks every source row and blocks writes to it until the copy ends.",
        dialects = {Dialect.MYSQL})
public final class MysqlInsertSelectWholeTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Insert insert) || insert.source() == null
                || !insert.source().wholeTable() || context.statement().nested()) {
            return;
        }
        Statement.SelectSource source = insert.source();
        if (context.schema().isNewTable(source.table()) || context.schema().isEmptiedInMigration(source.table())) {
            return; // a table this migration created or emptied has no rows to lock
        }
        String from = source.table().sql(Dialect.MYSQL);
        String into = insert.table().sql(Dialect.MYSQL);
        String where = source.where() == null ? "" : " (WHERE " + source.where().text().trim() + " matches every row)";
        context.report("INSERT INTO " + into + " ... SELECT copies the whole of existing table " + from + where
                        + " in one statement, blocking writes to " + from + " until it finishes",
                "Why: under InnoDB's default REPEATABLE READ (and with statement-based binary logging) INSERT ... SELECT"
                        + " takes a shared next-key lock on every row it reads from " + from + ", so UPDATE and DELETE on "
                        + from + " (and INSERTs into the locked ranges) wait for the whole copy; the single transaction"
                        + " also builds a huge undo log and replicas apply it as one long event (replica lag). Rows written"
                        + " to " + from + " after the copy started are missing from " + into + ".\n"
                        + "Safe recipe: copy in primary-key batches, each its own short transaction (INSERT INTO " + into
                        + " ... SELECT ... FROM " + from + " WHERE id > <last id> ORDER BY id LIMIT 1000, repeated), with"
                        + " triggers or the application keeping " + into + " in sync meanwhile, or let pt-online-schema-change"
                        + " or gh-ost do the copy and the swap.");
    }
}
