package dev.miglint.rules.mysql;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.Locale;

/**
 * CREATE FULLTEXT|SPATIAL INDEX / ADD FULLTEXT|SPATIAL on an existing table: InnoDB builds these index types in
 * place but only with LOCK=SHARED, so writes are blocked while it builds (and the first FULLTEXT index rebuilds the
 * table).
 */
@RuleDefinition(id = "mysql-fulltext-index", level = Level.ERROR,
        summary = "Adding a FULLTEXT or SPATIAL index blocks writes to the table while it builds; the first FULLTEXT one rebuilds the table.",
        dialects = {Dialect.MYSQL})
public final class MysqlFulltextIndex implements Rule {

    @Override
    public void check(RuleContext context) {
        QualifiedName table = null;
        String kind = null;
        if (context.model() instanceof Statement.CreateIndex ci && writeBlockingKind(ci.method()) != null) {
            table = ci.table();
            kind = writeBlockingKind(ci.method());
        } else if (context.model() instanceof Statement.AlterTable at) {
            for (AlterAction.Other o : at.actions(AlterAction.Other.class)) {
                String k = o.keyword().toUpperCase(Locale.ROOT);
                if (k.startsWith("ADD FULLTEXT") || k.startsWith("ADD SPATIAL")) {
                    table = at.table();
                    kind = k.startsWith("ADD FULLTEXT") ? "FULLTEXT" : "SPATIAL";
                    break;
                }
            }
        }
        if (table == null || context.schema().isNewTable(table)) {
            return;
        }
        String t = table.sql(Dialect.MYSQL);
        boolean fulltext = kind.equals("FULLTEXT");
        context.report(kind + " index on existing table " + t + " blocks writes to " + t + " while it builds",
                RuleHelp.of(this).with("kind", kind).with("table", t).adding(fulltext, "FULLTEXT")
                        .fix(fulltext ? "FULLTEXT" : null).text());
    }

    /** "FULLTEXT" or "SPATIAL" for an index method InnoDB builds only with LOCK=SHARED, else null. */
    private static String writeBlockingKind(String method) {
        if ("fulltext".equals(method)) {
            return "FULLTEXT";
        }
        return "spatial".equals(method) ? "SPATIAL" : null;
    }
}
