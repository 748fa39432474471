package dev.miglint.dialect.postgres;

import dev.miglint.schema.TransactionView;
import dev.miglint.source.Framework;

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
        return "Put `" + statement.strip().replaceAll("\\s+", " ") + "` alone in its own migration file"
                + Framework.of(framework).transactionOffClause() + ": a file of one statement is sent "
                + "alone and runs outside any transaction block. Move the other statements (SET included) to "
                + "migrations before or after it.";
    }

    /** One sentence: how to make this migration run without a transaction. */
    public static String optOut(String framework) {
        return Framework.of(framework).optOut();
    }
}
