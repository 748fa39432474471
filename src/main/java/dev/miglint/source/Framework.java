package dev.miglint.source;

import java.util.Arrays;

/**
 * The migration tools miglint recognises and what the rules' advice needs to know of each: how to turn its
 * per-migration transaction off, where its down step goes. {@link #id()} is the name in reports (JSON
 * {@code framework}), which the detectors give each history.
 */
public enum Framework {
    PLAIN("plain", null, null, ""),
    FLYWAY("flyway", "In Flyway, put it in its own migration with the script config `executeInTransaction=false`.",
            null, ""),
    LIQUIBASE("liquibase", "In Liquibase, put it in its own changeset with `runInTransaction:false`.",
            "`--rollback` lines in the changeset", ""),
    DBMATE("dbmate", "In dbmate, write `-- migrate:up transaction:false`.", "a `-- migrate:down` section",
            " under `-- migrate:up transaction:false`"),
    SQL_MIGRATE("sql-migrate", "In sql-migrate, write `-- +migrate Up notransaction`.", "a `-- +migrate Down` section",
            ""),
    GOOSE("goose", "In goose, add `-- +goose NO TRANSACTION` at the top of the file.", "a `-- +goose Down` section", ""),
    SQITCH("sqitch", "In Sqitch, put it in its own change without BEGIN/COMMIT.", "`revert/<change>.sql`", ""),
    PRISMA("prisma", "Prisma Migrate does not wrap migrations: remove the BEGIN/COMMIT around it.", null, ""),
    DIESEL("diesel", null, "`down.sql` beside `up.sql`", " with `run_in_transaction = false` in its metadata.toml"),
    GOLANG_MIGRATE("golang-migrate", null, null, ""),
    DRIZZLE("drizzle", null, null, ""),
    POP("pop", null, null, ""),
    POPX("popx", null, null, ""),
    AUTHELIA("authelia", null, null, ""),
    TEMPORAL("temporal-sql-tool", null, null, "");

    private static final String DEFAULT_OPT_OUT = "Put it in its own migration that runs outside a transaction block"
            + " (no BEGIN/COMMIT around it, and the framework's per-migration transaction turned off).";
    private static final String DEFAULT_DOWN_STEP = "the matching `.down.sql` file";

    private final String id;
    private final String optOut;
    private final String downStep;
    private final String transactionOffClause;

    Framework(String id, String optOut, String downStep, String transactionOffClause) {
        this.id = id;
        this.optOut = optOut;
        this.downStep = downStep;
        this.transactionOffClause = transactionOffClause;
    }

    /** The framework of this report name; {@link #PLAIN} for none or a name no detector gives. */
    public static Framework of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst().orElse(PLAIN);
    }

    public String id() {
        return id;
    }

    /** One sentence: how to make a migration of this framework run without a transaction. */
    public String optOut() {
        return optOut != null ? optOut : DEFAULT_OPT_OUT;
    }

    /** Where this framework's down step is written, as a phrase. */
    public String downStep() {
        return downStep != null ? downStep : DEFAULT_DOWN_STEP;
    }

    /** How a file of one statement also escapes the framework's own transaction (empty: nothing more to do). */
    public String transactionOffClause() {
        return transactionOffClause;
    }
}
