package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.PgSyntaxSupport;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import java.util.List;
import java.util.stream.Collectors;

@RuleDefinition(id = "unsupported-on-pg-version", level = Level.ERROR,
        summary = "Syntax the configured PostgreSQL version (--pg-version) does not have yet: the migration fails there.")
public final class UnsupportedOnPgVersion implements Rule {

    @Override
    public void check(RuleContext ctx) {
        List<PgSyntaxSupport.Feature> missing = PgSyntaxSupport.unsupported(ctx.model(), ctx.statement().tokens(), ctx.pgVersion());
        if (missing.isEmpty()) {
            return;
        }
        String what = missing.stream().map(PgSyntaxSupport.Feature::syntax).collect(Collectors.joining(", "));
        String since = missing.stream().map(f -> f.syntax() + " came in PostgreSQL " + f.since())
                .collect(Collectors.joining("; "));
        ctx.report(what + " does not exist in PostgreSQL " + ctx.pgVersion(),
                "The target server (--pg-version " + ctx.pgVersion() + ") rejects this statement with a syntax error, so "
                        + "the migration stops here: " + since + ".\n" + recipe(missing.get(0)) + "\nIf production "
                        + "already runs a newer version, set --pg-version (or pg_version in miglint.toml) to it.");
    }

    private static String recipe(PgSyntaxSupport.Feature f) {
        String s = f.syntax();
        if (s.startsWith("REINDEX")) {
            return "Rebuild without REINDEX CONCURRENTLY: CREATE INDEX CONCURRENTLY a copy, DROP INDEX CONCURRENTLY the "
                    + "old one and rename the copy into its place (each outside a transaction block).";
        } else if (s.startsWith("DETACH PARTITION")) {
            return "Use a plain DETACH PARTITION (ACCESS EXCLUSIVE on the parent: keep a short lock_timeout).";
        } else if (s.startsWith("GENERATED ALWAYS AS")) {
            return "Use a plain column filled by a trigger (and a backfill) instead of a generated column.";
        } else if (s.contains("INCLUDE")) {
            return "Drop the INCLUDE clause (or add the columns as key columns).";
        } else if (s.equals("NULLS NOT DISTINCT")) {
            return "Emulate it with a partial unique index for the NULL case, e.g. on (a) WHERE b IS NULL.";
        } else if (s.equals("CREATE OR REPLACE TRIGGER")) {
            return "Use DROP TRIGGER IF EXISTS ... ON table; then CREATE TRIGGER, in one transaction.";
        } else if (s.equals("MERGE")) {
            return "Use INSERT ... ON CONFLICT ... DO UPDATE, or an UPDATE plus an INSERT ... WHERE NOT EXISTS.";
        }
        return "Rewrite it with syntax this version has, or upgrade the server first.";
    }
}
