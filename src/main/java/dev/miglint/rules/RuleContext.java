package dev.miglint.rules;

import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Statement;

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
     * True the first time a rule asks with this key in the current migration file: for findings that are
     * due once per migration (e.g. a missing lock_timeout), not once per statement.
     */
    boolean firstInMigration(String key);
}
