package dev.miglint.rules.postgres;

import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Fix;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.IndexState;
import dev.miglint.schema.SchemaView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

@RuleDefinition(id = "drop-index-without-concurrently", level = Level.WARNING,
        summary = "DROP INDEX without CONCURRENTLY takes ACCESS EXCLUSIVE on the index's existing table.")
public final class DropIndexWithoutConcurrently implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.DropIndex di) || di.concurrently()) {
            return;
        }
        List<QualifiedName> risky = di.indexes().stream().filter(ix -> onExistingTable(ctx.schema(), ix)).toList();
        if (risky.isEmpty()) {
            return;
        }
        String names = risky.stream().map(Names::quoted).collect(Collectors.joining(", "));
        String tables = risky.stream().map(ix -> ctx.schema().index(ix).map(s -> Names.quoted(s.table())).orElse(null))
                .filter(t -> t != null).distinct().collect(Collectors.joining(", "));
        String on = tables.isEmpty() ? "its table" : tables;
        String message = "DROP INDEX " + names + " takes an ACCESS EXCLUSIVE lock on " + on;
        String recipe = di.indexes().stream()
                .map(ix -> "DROP INDEX CONCURRENTLY " + (di.ifExists() ? "IF EXISTS " : "") + ix.sql() + ";")
                .collect(Collectors.joining("\n"));
        String help = RuleHelp.of(this).with("table", on).with("concurrent_statements", recipe).text();
        int at = di.indexes().size() != 1 || di.cascade() ? -1 : ctx.statement().tokens().after("DROP", "INDEX");
        ctx.report(message, help, Fix.insertConcurrently(ctx.statement(), at));
    }

    /** Unknown indexes are assumed to be on an existing table; known ones are safe when new in this migration. */
    private static boolean onExistingTable(SchemaView schema, QualifiedName index) {
        Optional<IndexState> known = schema.index(index);
        return known.map(ix -> !ix.newInMigration() && schema.isExistingRelation(ix.table())).orElse(true);
    }
}
