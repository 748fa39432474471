package dev.miglint.rules.mysql;

import dev.miglint.model.Dialect;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.ArrayList;
import java.util.List;

/** OPTIMIZE TABLE in a migration: rebuilds the whole table. */
@RuleDefinition(id = "mysql-optimize-table", level = Level.WARNING,
        summary = "OPTIMIZE TABLE rebuilds the whole table (with COPY, blocking writes, when it has FULLTEXT indexes).",
        dialects = {Dialect.MYSQL})
public final class MysqlOptimizeTable implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Other o) || !o.keyword().equals("OPTIMIZE")) {
            return;
        }
        List<QualifiedName> tables = tables(context.statement().tokens());
        if (!tables.isEmpty() && tables.stream().allMatch(t -> context.schema().table(t).isPresent()
                && !context.schema().mysqlFulltextOrNotInnodb(t))) {
            return; // InnoDB without FULLTEXT: an online rebuild (ALGORITHM=INPLACE), reads and writes go on
        }
        String text = context.statement().text().trim().replaceAll("\\s+", " ");
        context.report(text + " rebuilds the whole table during the migration",
                RuleHelp.of(this).text());
    }

    /** The tables named after {@code OPTIMIZE [NO_WRITE_TO_BINLOG | LOCAL] TABLE}. */
    private static List<QualifiedName> tables(StatementTokens statement) {
        List<String> tokens = statement.texts();
        int i = 0;
        while (i < tokens.size() && !tokens.get(i).equalsIgnoreCase("TABLE")) {
            i++;
        }
        List<QualifiedName> names = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (i++; i < tokens.size() && !tokens.get(i).equals(";"); i++) {
            if (tokens.get(i).equals(",")) {
                if (name.length() > 0) {
                    names.add(QualifiedName.parse(name.toString()));
                }
                name.setLength(0);
            } else {
                name.append(tokens.get(i));
            }
        }
        if (name.length() > 0) {
            names.add(QualifiedName.parse(name.toString()));
        }
        return names;
    }
}
