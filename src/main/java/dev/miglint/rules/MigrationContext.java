package dev.miglint.rules;

import dev.miglint.settings.LintSettings;
import dev.miglint.model.Dialect;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.Span;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TransactionView;
import dev.miglint.source.MigrationFile;
import java.util.List;

/** What a rule may know about the migration being linted, and the way to report. */
public interface MigrationContext {

    /** The file being linted (never null). */
    MigrationFile migration();

    /** The statements of this migration (its up step), in order, nested ones included. */
    List<ParsedStatement> statements();

    /**
     * The statements of this migration's down step, parsed like the up (offsets are those of the down's
     * file); empty when it has none or it cannot be read. See {@link MigrationFile#down()}.
     */
    List<ParsedStatement> downStatements();

    /**
     * True when the down step exists and holds comments but no statement (for example {@code -- irreversible}):
     * the author declared the step cannot be undone. A blank down step is not such a declaration.
     */
    default boolean downHasOnlyComments() {
        return false;
    }

    LintSettings settings();

    SchemaView schema();

    TransactionView transaction();

    /** Reports at {@code span} (file offsets) with the running rule's id and configured level. */
    void report(Span span, String message, String help, Fix... fixes);

    /** Like {@link #report(Span, String, String, Fix...)}, naming other places of this file that explain the finding. */
    default void report(Span span, List<RelatedSpan> related, String message, String help, Fix... fixes) {
        report(span, message, help, fixes);
    }

    default Dialect dialect() {
        return settings().dialect();
    }

    default int pgVersion() {
        return settings().pgVersion();
    }

    default dev.miglint.dialect.sqlite.SqliteVersion sqliteVersion() {
        return settings().sqlite();
    }
}
