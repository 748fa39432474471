package dev.miglint.schema;

import java.util.Locale;

/**
 * How to run a statement outside a transaction block, in the words of the migration framework
 * (CREATE INDEX CONCURRENTLY, VACUUM, ALTER TYPE ... ADD VALUE before 12 and others refuse to run inside one).
 */
public final class TransactionAdvice {
    private TransactionAdvice() {
    }

    /** Where the transaction comes from, as a phrase: "the BEGIN earlier in this file" or the framework's wrapping. */
    public static String source(TransactionView tx, String framework) {
        if (!tx.implicit()) {
            return "the BEGIN earlier in this file";
        }
        String name = framework == null || framework.isBlank() || framework.equals("plain") ? null : framework;
        if (tx.singleExec()) {
            return "the implicit transaction block PostgreSQL runs a query string of several statements in ("
                    + (name == null ? "the migration tool" : name) + " sends the whole file in one Exec)";
        }
        return name == null ? "the transaction the migration runs in (assumed: --assume-in-transaction or configuration)"
                : "the transaction " + name + " wraps each migration in";
    }

    /**
     * How to run {@code statement} outside a transaction block when the framework sends a file as one query string
     * of several statements: alone in its own migration file, with the framework's own transaction off.
     */
    public static String alone(String framework, String statement) {
        String f = framework == null ? "" : framework.toLowerCase(Locale.ROOT);
        String off = f.contains("dbmate") ? " under `-- migrate:up transaction:false`"
                : f.contains("diesel") ? " with `run_in_transaction = false` in its metadata.toml" : "";
        return "Put `" + statement.strip().replaceAll("\\s+", " ") + "` alone in its own migration file" + off + ": a file of one statement is sent "
                + "alone and runs outside any transaction block. Move the other statements (SET included) to "
                + "migrations before or after it.";
    }

    /** One sentence: how to make this migration run without a transaction. */
    public static String optOut(String framework) {
        String f = framework == null ? "" : framework.toLowerCase(Locale.ROOT);
        if (f.contains("rails") || f.contains("active")) {
            return "In Rails, put `disable_ddl_transaction!` in the migration class (and only this statement in it).";
        } else if (f.contains("django")) {
            return "In Django, set `atomic = False` on the Migration class (and keep only this operation in it).";
        } else if (f.contains("alembic")) {
            return "In Alembic, run it inside `with op.get_context().autocommit_block():`.";
        } else if (f.contains("flyway")) {
            return "In Flyway, put it in its own migration with the script config `executeInTransaction=false`.";
        } else if (f.contains("liquibase")) {
            return "In Liquibase, put it in its own changeset with `runInTransaction:false`.";
        } else if (f.contains("knex")) {
            return "In Knex, export `config = { transaction: false }` from the migration.";
        } else if (f.contains("dbmate")) {
            return "In dbmate, write `-- migrate:up transaction:false`.";
        } else if (f.contains("sql-migrate")) {
            return "In sql-migrate, write `-- +migrate Up notransaction`.";
        } else if (f.contains("goose")) {
            return "In goose, add `-- +goose NO TRANSACTION` at the top of the file.";
        } else if (f.contains("sqitch")) {
            return "In Sqitch, put it in its own change without BEGIN/COMMIT.";
        } else if (f.contains("prisma")) {
            return "Prisma Migrate does not wrap migrations: remove the BEGIN/COMMIT around it.";
        }
        return "Put it in its own migration that runs outside a transaction block (no BEGIN/COMMIT around it, "
                + "and the framework's per-migration transaction turned off).";
    }
}
