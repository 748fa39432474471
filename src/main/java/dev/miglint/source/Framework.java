package dev.miglint.source;

import dev.miglint.model.GeneratedSql;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The migration tools miglint recognises, each with its facts: how its runner orders the files, how it wraps a
 * migration in a transaction, where its down step goes, the table it records applied migrations in (read by the
 * dry run), whether it generates the SQL from schema files, and the advice the rules phrase from these.
 * {@link #id()} is the name in reports (JSON {@code framework}), which the detectors give each history.
 * docs/frameworks.md has the sources of each fact.
 */
public enum Framework {
    PLAIN("plain", FileOrder.NATURAL_NAME, Wrapping.UNKNOWN, DownForm.NONE, List.of(), null,
            null, null, ""),
    FLYWAY("flyway", FileOrder.VERSION, Wrapping.CONFIGURABLE, DownForm.NONE, List.of("flyway_schema_history"), null,
            "In Flyway, put it in its own migration with the script config `executeInTransaction=false`.", null, ""),
    LIQUIBASE("liquibase", FileOrder.NATURAL_NAME, Wrapping.CONFIGURABLE, DownForm.ROLLBACK_LINES,
            List.of("databasechangelog"), null,
            "In Liquibase, put it in its own changeset with `runInTransaction:false`.",
            "`--rollback` lines in the changeset", ""),
    DBMATE("dbmate", FileOrder.VERSION, Wrapping.CONFIGURABLE, DownForm.SECTION, List.of("schema_migrations"), null,
            "In dbmate, write `-- migrate:up transaction:false`.", "a `-- migrate:down` section",
            " under `-- migrate:up transaction:false`"),
    SQL_MIGRATE("sql-migrate", FileOrder.NATURAL_NAME, Wrapping.CONFIGURABLE, DownForm.SECTION, List.of(), null,
            "In sql-migrate, write `-- +migrate Up notransaction`.", "a `-- +migrate Down` section", ""),
    GOOSE("goose", FileOrder.VERSION, Wrapping.CONFIGURABLE, DownForm.SECTION, List.of("goose_db_version"), null,
            "In goose, add `-- +goose NO TRANSACTION` at the top of the file.", "a `-- +goose Down` section", ""),
    SQITCH("sqitch", FileOrder.PLAN, Wrapping.NONE, DownForm.FILE, List.of("sqitch.changes"), null,
            "In Sqitch, put it in its own change without BEGIN/COMMIT.", "`revert/<change>.sql`", ""),
    PRISMA("prisma", FileOrder.FOLDER_NAME, Wrapping.NONE, DownForm.NONE, List.of("_prisma_migrations"),
            GeneratedSql.PRISMA,
            "Prisma Migrate does not wrap migrations: remove the BEGIN/COMMIT around it.", null, ""),
    DIESEL("diesel", FileOrder.FOLDER_NAME, Wrapping.CONFIGURABLE, DownForm.FILE,
            List.of("__diesel_schema_migrations"), null,
            null, "`down.sql` beside `up.sql`", " with `run_in_transaction = false` in its metadata.toml"),
    GOLANG_MIGRATE("golang-migrate", FileOrder.VERSION, Wrapping.NONE, DownForm.FILE, List.of("schema_migrations"),
            null, null, null, ""),
    DRIZZLE("drizzle", FileOrder.JOURNAL, Wrapping.ALL_PENDING, DownForm.NONE,
            List.of("drizzle.__drizzle_migrations", "__drizzle_migrations"), GeneratedSql.DRIZZLE, null, null, ""),
    POP("pop", FileOrder.VERSION, Wrapping.PER_MIGRATION, DownForm.FILE, List.of(), null, null, null, ""),
    POPX("popx", FileOrder.VERSION, Wrapping.PER_MIGRATION, DownForm.FILE, List.of(), null, null, null, ""),
    AUTHELIA("authelia", FileOrder.VERSION, Wrapping.UNKNOWN, DownForm.FILE, List.of(), null, null, null, ""),
    TEMPORAL("temporal-sql-tool", FileOrder.VERSION, Wrapping.UNKNOWN, DownForm.NONE, List.of(), null,
            null, null, "");

    /** How the framework's runner orders the migrations of a history. */
    public enum FileOrder {
        /** Natural order of the names ({@code 10_x} after {@code 9_x}). */
        NATURAL_NAME,
        /** The version in the name, compared as numbers. */
        VERSION,
        /** The name of the migration's folder ({@code <timestamp>_<name>/}). */
        FOLDER_NAME,
        /** The order of a plan file ({@code sqitch.plan}). */
        PLAN,
        /** The order of a journal ({@code meta/_journal.json}). */
        JOURNAL
    }

    /** How the framework wraps a migration in a transaction. */
    public enum Wrapping {
        /** Each migration in its own transaction, always. */
        PER_MIGRATION,
        /** Each migration in its own transaction unless it opts out (annotation, attribute, metadata). */
        CONFIGURABLE,
        /** All pending migrations of a run in one transaction. */
        ALL_PENDING,
        /** None of its own: the file is sent as written (on PostgreSQL one multi-statement string). */
        NONE,
        /** Not known. */
        UNKNOWN
    }

    /** Where a migration's down step is written. */
    public enum DownForm {
        /** No down steps. */
        NONE,
        /** A section of the same file. */
        SECTION,
        /** Rollback lines or a rollback block of the same changeset. */
        ROLLBACK_LINES,
        /** A file of its own beside the up file. */
        FILE
    }

    private static final String DEFAULT_OPT_OUT = "Put it in its own migration that runs outside a transaction block"
            + " (no BEGIN/COMMIT around it, and the framework's per-migration transaction turned off).";
    private static final String DEFAULT_DOWN_STEP = "the matching `.down.sql` file";

    private final String id;
    private final FileOrder order;
    private final Wrapping wrapping;
    private final DownForm downForm;
    private final List<String> recordTables;
    private final GeneratedSql generatedSql;
    private final String optOut;
    private final String downStep;
    private final String transactionOffClause;

    Framework(String id, FileOrder order, Wrapping wrapping, DownForm downForm, List<String> recordTables,
            GeneratedSql generatedSql, String optOut, String downStep, String transactionOffClause) {
        this.id = id;
        this.order = order;
        this.wrapping = wrapping;
        this.downForm = downForm;
        this.recordTables = recordTables;
        this.generatedSql = generatedSql;
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

    public FileOrder order() {
        return order;
    }

    public Wrapping wrapping() {
        return wrapping;
    }

    public DownForm downForm() {
        return downForm;
    }

    /**
     * The tables the framework records applied migrations in, as the dry run finds them (a schema-qualified name
     * first); empty when the dry run reads no record of it.
     */
    public List<String> recordTables() {
        return recordTables;
    }

    /** The generator of the SQL when the framework writes it from schema files (Prisma, Drizzle). */
    public Optional<GeneratedSql> generatedSql() {
        return Optional.ofNullable(generatedSql);
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
