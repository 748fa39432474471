package dev.miglint.rules;

import dev.miglint.model.AlterAction;
import dev.miglint.model.GeneratedSql;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;
import dev.miglint.source.Framework;

/** The context of one statement: the statement itself plus everything in {@link MigrationContext}. */
public interface RuleContext extends MigrationContext {

    ParsedStatement statement();

    default Statement model() {
        return statement().model();
    }

    /** Reports at the statement's span. */
    default void report(String message, String help, Fix... fixes) {
        report(statement().span(), message, help, fixes);
    }

    /**
     * Reports advice, a note whose fix is to declare something differently: {@code why} (starting "Why:") and the SQL
     * edit {@code sqlFix}. In a migration its framework generates ({@link GeneratedSql}: Prisma, Drizzle) a SQL edit
     * cannot be acted on, so the fix is given in the schema's terms when {@code inSchema} has them, and otherwise the
     * finding goes to {@link #reportGeneratedSqlOnly}.
     */
    default void reportAdvice(String message, String why, String sqlFix,
            java.util.function.Function<GeneratedSql, java.util.Optional<String>> inSchema) {
        java.util.Optional<GeneratedSql> generator = Framework.of(migration().framework())
                .generatedSql();
        java.util.Optional<String> schemaFix = generator.flatMap(inSchema);
        if (generator.isEmpty()) {
            report(message, why + "\nFix: " + sqlFix);
        } else if (schemaFix.isPresent()) {
            report(message, why + "\nFix: " + schemaFix.get() + ".");
        } else {
            reportGeneratedSqlOnly(message, why + "\nFix: " + sqlFix);
        }
    }

    /** {@link #reportAdvice(String, String, String, java.util.function.Function)} with the why and fix of the page. */
    default void reportAdvice(String message, RuleHelp help,
            java.util.function.Function<GeneratedSql, java.util.Optional<String>> inSchema) {
        reportAdvice(message, help.why(), help.fixText(), inSchema);
    }

    /**
     * Advice whose only fix is an edit of SQL that the framework generates: the engine leaves it out of the report
     * (and counts it) unless {@code generated_sql_advice = true} in miglint.toml.
     */
    default void reportGeneratedSqlOnly(String message, String help) {
        report(message, help);
    }

    /**
     * The statement runs outside any transaction block: no BEGIN is open and the framework does not wrap the file
     * (an unknown runner counts as statement by statement, see {@code MigrationFile.effectiveWrapping}), and it is
     * not inside a function body or DO block, which run in their caller's transaction.
     */
    default boolean outsideTransactionBlock() {
        return !transaction().inTransaction() && !statement().nested();
    }

    /**
     * The table redefinition in which this statement drops the old table (SQLite's new table, copy, drop, rename
     * back), or empty: where the redefinition rules judge what the copy kept.
     */
    default java.util.Optional<dev.miglint.schema.TableRedefinition> redefinitionDroppingOldTable() {
        return schema().redefinition(statement())
                .filter(r -> r.role() == dev.miglint.schema.TableRedefinition.Role.DROP_OLD);
    }

    /**
     * The statement as an ALTER TABLE of a table that may hold rows and serve traffic (not one created in this
     * migration, and not a sequence ALTER TABLE also accepts), or empty: the shape most lock, rewrite and
     * breaking-change rules start from.
     */
    default java.util.Optional<Statement.AlterTable> alterOfExistingTable() {
        return model() instanceof Statement.AlterTable at && !schema().isNewTable(at.table())
                && !schema().isSequence(at.table())
                ? java.util.Optional.of(at) : java.util.Optional.empty();
    }

    /**
     * The {@code type} actions of an ALTER TABLE of an existing table ({@link #alterOfExistingTable()}) on columns
     * that existed before this migration ({@code column} names the action's column): the columns the running
     * application may still use.
     */
    default <A extends AlterAction> java.util.List<OnTable<A>> actionsOnExistingColumns(Class<A> type,
            java.util.function.Function<A, String> column) {
        return actionsOnExistingTable(type).stream()
                .filter(on -> !schema().isNewColumn(on.table(), column.apply(on.action()))).toList();
    }

    /** The {@code type} actions of an ALTER TABLE of an existing table ({@link #alterOfExistingTable()}). */
    default <A extends AlterAction> java.util.List<OnTable<A>> actionsOnExistingTable(Class<A> type) {
        return alterOfExistingTable().map(at -> at.actions(type).stream()
                .map(action -> new OnTable<>(at.table(), action)).toList())
                .orElse(java.util.List.of());
    }

    /**
     * The actions of this statement and of the migration's later ALTER TABLE statements on {@code table}, in order:
     * what a rule reads to see whether the migration itself settles what a statement leaves (a default given back,
     * a column dropped).
     */
    default java.util.List<AlterAction> alterActionsFromHere(dev.miglint.model.QualifiedName table) {
        java.util.List<AlterAction> actions = new java.util.ArrayList<>();
        for (dev.miglint.model.ParsedStatement s : statements()) {
            if (s.index() >= statement().index() && s.model() instanceof Statement.AlterTable other
                    && other.table().sameObject(table)) {
                actions.addAll(other.actions());
            }
        }
        return actions;
    }

    /** An ALTER TABLE action with the table it alters. */
    record OnTable<A extends AlterAction>(dev.miglint.model.QualifiedName table, A action) { }

    /**
     * True the first time a rule asks with this key in the current migration file: for findings that are
     * due once per migration (e.g. a missing lock_timeout), not once per statement.
     */
    boolean firstInMigration(String key);
}
