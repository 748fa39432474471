package dev.miglint.rules.common;

import dev.miglint.dialect.postgres.PgSyntaxSupport;
import dev.miglint.dialect.postgres.TransactionAdvice;
import dev.miglint.dialect.postgres.TransactionBlockRefusal;
import dev.miglint.model.Dialect;
import dev.miglint.model.Statement;
import dev.miglint.model.Statements;
import dev.miglint.model.TransactionWrapping;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
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
        String framework = ctx.migration().framework();
        if (ctx.statement().nested()) {
            ctx.report(what + " cannot run inside a DO block or function",
                    "A DO block or function body always runs inside a transaction, and PostgreSQL refuses " + what
                            + " there (ERROR: ... cannot be executed from a function). Run it as a top-level statement "
                            + "in a migration that does not run in a transaction.");
            return;
        }
        if (!ctx.transaction().inTransaction()) {
            flywayMixed(ctx, what);
            return;
        }
        if (ctx.transaction().execBlockStatements() > 0) {
            String f = framework == null || framework.equals("plain") ? "goose" : framework;
            ctx.report(what + " cannot run inside a transaction block: this StatementBegin/StatementEnd block is sent"
                            + " as one query string of " + ctx.transaction().execBlockStatements() + " statements",
                    "PostgreSQL refuses " + what + " inside a transaction block (ERROR: " + what + " cannot run inside a "
                            + "transaction block). Even in a migration without a transaction, " + f + " sends a "
                            + "StatementBegin/StatementEnd block in one Exec, and PostgreSQL runs a string of several "
                            + "statements as one implicit transaction block. So this migration fails here.\n"
                            + "Move `" + ctx.statement().text().strip().replaceAll("\\s+", " ") + "` out of the block"
                            + " (after its StatementEnd): outside a block each statement is sent alone.");
            return;
        }
        if (ctx.transaction().singleExec()) {
            String f = framework == null || framework.equals("plain") ? "The migration tool" : framework;
            long count = ctx.statements().stream().filter(s -> !s.nested()).count();
            ctx.report(what + " cannot run inside a transaction block: this migration is sent as one query string of "
                            + count + " statements",
                    "PostgreSQL refuses " + what + " inside a transaction block (ERROR: " + what + " cannot run inside a "
                            + "transaction block). " + f + " sends the whole migration in one Exec (the simple query "
                            + "protocol), and PostgreSQL runs a string of several statements as one implicit transaction "
                            + "block; a COMMIT inside the string only ends the current block, the statements after it "
                            + "form the next one. So this migration fails here.\n"
                            + TransactionAdvice.alone(framework, ctx.statement().text().strip()));
            return;
        }
        String source = TransactionAdvice.source(ctx.transaction(), framework);
        String help = "PostgreSQL refuses " + what + " inside a transaction block (ERROR: " + what
                + " cannot run inside a transaction block), so this migration fails here. The transaction comes from "
                + source + ".\n" + TransactionAdvice.optOut(framework)
                + (ctx.transaction().implicit() ? "" : "\nOtherwise remove the BEGIN/COMMIT around it.");
        ctx.report(what + " cannot run inside a transaction block", help);
    }

    /** SQLite refuses VACUUM inside a transaction ("cannot VACUUM from within a transaction"). */
    private static void checkSqlite(RuleContext ctx) {
        String what = sqliteRefusesTransaction(ctx.model());
        if (what == null || ctx.statement().nested() || !ctx.transaction().inTransaction()) {
            return;
        }
        String framework = ctx.migration().framework();
        ctx.report(what + " cannot run inside a transaction: SQLite refuses it (cannot VACUUM from within a transaction)",
                "SQLite refuses " + what + " while a transaction is open (\"cannot VACUUM from within a transaction\"),"
                        + " so this migration fails here and the transaction is rolled back. The transaction comes from "
                        + TransactionAdvice.source(ctx.transaction(), framework) + ".\n"
                        + (ctx.transaction().implicit() ? "" : "Move " + what + " after the COMMIT. ")
                        + "Better, leave VACUUM out of migrations: it rewrites the whole database file while holding an"
                        + " exclusive lock, so run it as a maintenance task (or use PRAGMA auto_vacuum / incremental_vacuum).");
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
                "Flyway runs " + what + " outside a transaction and, with its default mixed=false, refuses a migration "
                        + "that also holds statements it runs in one (every other statement, SET included): \"Detected both transactional and "
                        + "non-transactional statements within the same migration (even though mixed is false)\". "
                        + "Nothing of the migration runs.\n"
                        + "Put `" + ctx.statement().text().strip().replaceAll("\\s+", " ") + "` alone in its own versioned migration (e.g. the next "
                        + "V number), or start this file with `-- flyway:executeInTransaction=false` (or set flyway.mixed=true): then it runs "
                        + "without a transaction, each statement committing on its own.");
    }
}
