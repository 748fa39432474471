package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.dialect.DialectPhrases;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.stream.Collectors;

/** TRUNCATE of a table that was not created in the same migration. */
@RuleDefinition(id = "truncate-table", level = Level.ERROR,
        summary = "TRUNCATE deletes every row of an existing table (and of referencing tables with CASCADE).",
        dialects = {Dialect.POSTGRES, Dialect.MYSQL})
public final class TruncateTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Truncate t)) {
            return;
        }
        List<QualifiedName> existing = t.tables().stream().filter(context.schema()::isExistingTable).toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = existing.stream().map(n -> n.sql(context.dialect())).collect(Collectors.joining(", "));
        context.report("TRUNCATE " + names + " deletes every row of existing " + (existing.size() > 1 ? "tables " : "table ")
                        + names + (t.cascade() ? " and of every table referencing it" : ""),
                RuleHelp.of(this).with("ddl_lock", DialectPhrases.tableDdlLock(context.dialect()))
                        .with("ddl_rollback", DialectPhrases.ddlRollback(context.dialect()))
                        .adding(t.cascade(), "with CASCADE").text());
    }
}
