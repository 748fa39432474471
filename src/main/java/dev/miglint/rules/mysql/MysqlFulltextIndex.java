package dev.miglint.rules.mysql;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import java.util.Locale;

/** CREATE FULLTEXT INDEX / ADD FULLTEXT on an existing table: InnoDB blocks writes while it builds (and rebuilds the table for the first one). */
@RuleDefinition(id = "mysql-fulltext-index", level = Level.ERROR,
        summary = "Adding a FULLTEXT index blocks writes to the table while it builds; the first one rebuilds the table.",
        dialects = {Dialect.MYSQL})
public final class MysqlFulltextIndex implements Rule {

    @Override
    public void check(RuleContext context) {
        QualifiedName table = null;
        if (context.model() instanceof Statement.CreateIndex ci && "fulltext".equals(ci.method())) {
            table = ci.table();
        } else if (context.model() instanceof Statement.AlterTable at && at.actions(AlterAction.Other.class).stream()
                .anyMatch(o -> o.keyword().toUpperCase(Locale.ROOT).startsWith("ADD FULLTEXT"))) {
            table = at.table();
        }
        if (table == null || context.schema().isNewTable(table)) {
            return;
        }
        String t = table.sql(Dialect.MYSQL);
        context.report("FULLTEXT index on existing table " + t + " blocks writes to " + t + " while it builds",
                "Why: InnoDB builds a FULLTEXT index in place but without concurrent DML (LOCK=SHARED): INSERT, UPDATE"
                        + " and DELETE on " + t + " wait for the whole build, and the first FULLTEXT index of a table also"
                        + " rebuilds the table to add the hidden FTS_DOC_ID column.\n"
                        + "Safe recipe: add the FULLTEXT index in a maintenance window or with an online schema change tool"
                        + " (gh-ost, pt-online-schema-change); or create the table with an FTS_DOC_ID BIGINT UNSIGNED NOT NULL"
                        + " AUTO_INCREMENT column and a unique FTS_DOC_ID_INDEX so that no rebuild is needed.");
    }
}
