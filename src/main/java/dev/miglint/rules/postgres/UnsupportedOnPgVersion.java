package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.PgSyntaxSupport;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.stream.Collectors;

@RuleDefinition(id = "unsupported-on-pg-version", level = Level.ERROR,
        summary = "Syntax the configured PostgreSQL version (--pg-version) does not have yet: the migration fails there.")
public final class UnsupportedOnPgVersion implements Rule {

    @Override
    public void check(RuleContext ctx) {
        List<PgSyntaxSupport.Feature> missing = new java.util.ArrayList<>(
                PgSyntaxSupport.unsupported(ctx.model(), ctx.statement().tokens(), ctx.pgVersion()));
        if (ctx.pgVersion() < 11 && ctx.model() instanceof Statement.CreateIndex ci && ci.table() != null
                && ctx.schema().table(ci.table()).map(t -> t.partitionKey().isPresent()).orElse(false)) {
            // what the syntax alone does not show: PostgreSQL 10 has no index on a partitioned table, only on partitions
            missing.add(new PgSyntaxSupport.Feature("CREATE INDEX on a partitioned table", 11));
        }
        if (missing.isEmpty()) {
            return;
        }
        String what = missing.stream().map(PgSyntaxSupport.Feature::syntax).collect(Collectors.joining(", "));
        String since = missing.stream().map(f -> f.syntax() + " came in PostgreSQL " + f.since())
                .collect(Collectors.joining("; "));
        ctx.report(what + " does not exist in PostgreSQL " + ctx.pgVersion(), RuleHelp.of(this)
                .with("version", ctx.pgVersion()).with("since", since).fix(recipe(missing.get(0))).text());
    }

    /** The page's recipe for the first missing feature: the {@code ## Fix: <case>} it names, or null for the general one. */
    private static String recipe(PgSyntaxSupport.Feature f) {
        String s = f.syntax();
        if (s.startsWith("REINDEX")) {
            return "REINDEX CONCURRENTLY";
        } else if (s.startsWith("DETACH PARTITION")) {
            return "DETACH PARTITION";
        } else if (s.startsWith("GENERATED ALWAYS AS")) {
            return "generated column";
        } else if (s.contains("INCLUDE")) {
            return "INCLUDE";
        } else if (s.equals("NULLS NOT DISTINCT") || s.equals("CREATE OR REPLACE TRIGGER") || s.equals("MERGE")) {
            return s;
        }
        return null;
    }
}
