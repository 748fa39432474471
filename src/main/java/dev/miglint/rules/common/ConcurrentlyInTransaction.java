package dev.miglint.rules.common;

import dev.miglint.dialect.postgres.PgSyntaxSupport;
import dev.miglint.dialect.postgres.TransactionBlockRefusal;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import dev.miglint.model.TransactionWrapping;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TransactionView;
import dev.miglint.source.Framework;
import java.util.List;

@RuleDefinition(id = "concurrently-in-transaction", level = Level.ERROR,
        summary = "A statement that cannot run inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM, ...) runs inside one.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE})
public final class ConcurrentlyInTransaction implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (ctx.dialect() == Dialect.SQLITE) {
            checkSqlite(ctx);
            return;
        }
        String what = TransactionBlockRefusal.of(ctx.model());
        // syntax the version lacks (REINDEX CONCURRENTLY before 12) fails anyway: unsupported-on-pg-version says so
        if (what == null || PgSyntaxSupport.isUnsupported(ctx.model(), ctx.statement().tokens(), ctx.pgVersion())) {
            return;
        }
        Framework framework = Framework.of(ctx.migration().framework());
        RuleHelp help = help(ctx, what);
        if (ctx.statement().nested()) {
            ctx.report(what + " cannot run inside a DO block or function", help.why("DO block").fix("DO block").text());
            return;
        }
        if (!ctx.transaction().inTransaction()) {
            flywayMixed(ctx, what);
            return;
        }
        if (ctx.transaction().execBlockStatements() > 0) {
            ctx.report(what + " cannot run inside a transaction block: this StatementBegin/StatementEnd block is sent"
                            + " as one query string of " + ctx.transaction().execBlockStatements() + " statements",
                    help.why("StatementBegin block").fix("StatementBegin block")
                            .with("framework", framework == Framework.PLAIN ? Framework.GOOSE.id() : framework.id())
                            .text());
            return;
        }
        if (ctx.transaction().singleExec()) {
            long count = ctx.statements().stream().filter(s -> !s.nested()).count();
            ctx.report(what + " cannot run inside a transaction block: this migration is sent as one query string of "
                            + count + " statements",
                    help.why("one query string").fix("one query string")
                            .with("sender", framework == Framework.PLAIN ? "The migration tool" : framework.id())
                            .with("transaction_off", framework.transactionOffClause()).text());
            return;
        }
        ctx.report(what + " cannot run inside a transaction block",
                withSource(help, ctx.transaction(), framework).with("opt_out", framework.optOut()).text());
    }

    /** SQLite refuses VACUUM inside a transaction ("cannot VACUUM from within a transaction"). */
    private static void checkSqlite(RuleContext ctx) {
        String what = sqliteRefusesTransaction(ctx.model());
        if (what == null || ctx.statement().nested() || !ctx.transaction().inTransaction()) {
            return;
        }
        RuleHelp help = withSource(help(ctx, what).why("SQLite"), ctx.transaction(),
                Framework.of(ctx.migration().framework()));
        ctx.report(what + " cannot run inside a transaction: SQLite refuses it (cannot VACUUM from within a transaction)",
                help.fix(ctx.transaction().implicit() ? "SQLite, framework transaction" : "SQLite").text());
    }

    private static RuleHelp help(RuleContext ctx, String what) {
        return RuleHelp.of("concurrently-in-transaction").with("what", what)
                .with("statement", ctx.statement().text().strip().replaceAll("\\s+", " "));
    }

    /** Adds the page's note on where the transaction comes from: a BEGIN, the framework, or an assumption. */
    private static RuleHelp withSource(RuleHelp help, TransactionView tx, Framework framework) {
        if (!tx.implicit()) {
            return help.adding(true, "BEGIN");
        }
        help.fix("framework transaction");
        if (framework == Framework.PLAIN) {
            return help.adding(true, "assumed transaction");
        }
        return help.adding(true, "framework transaction").with("framework", framework.id());
    }

    /** The statement's name if SQLite refuses to run it inside a transaction, else null. */
    static String sqliteRefusesTransaction(Statement s) {
        if (s instanceof Statement.Vacuum) {
            return "VACUUM";
        }
        if (s instanceof Statement.Other o && o.keyword() != null
                && o.keyword().toUpperCase(java.util.Locale.ROOT).startsWith("VACUUM")) {
            return "VACUUM";
        }
        return null;
    }

    /**
     * Flyway runs a migration holding such a statement without a transaction, but refuses it outright when it also
     * holds a statement that can run in one (SET included) unless {@code mixed=true}.
     */
    private static void flywayMixed(RuleContext ctx, String what) {
        if (ctx.migration().wrapping() != TransactionWrapping.NO_MIXING) {
            return;
        }
        List<String> transactional = ctx.statements().stream()
                .filter(s -> !s.nested() && TransactionBlockRefusal.of(s.model()) == null)
                .map(s -> Statements.label(s.model())).distinct().toList();
        if (transactional.isEmpty()) {
            return;
        }
        ctx.report("Flyway refuses this migration: " + what + " is mixed with transactional statements ("
                        + String.join(", ", transactional) + ")",
                help(ctx, what).why("Flyway mixed").fix("Flyway mixed").text());
    }
}
