package dev.miglint.rules;

import dev.miglint.config.LintSettings;
import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TransactionView;
import dev.miglint.source.MigrationFile;

/** What a rule may know about the migration being linted, and the way to report. */
public interface MigrationContext {

    MigrationFile migration();

    LintSettings settings();

    SchemaView schema();

    TransactionView transaction();

    /** Reports at {@code span} (file offsets) with the running rule's id and configured level. */
    void report(Span span, String message, String help, Fix... fixes);

    default Dialect dialect() {
        return settings().dialect();
    }

    default int pgVersion() {
        return settings().pgVersion();
    }

    default dev.miglint.model.SqliteVersion sqliteVersion() {
        return settings().sqlite();
    }
}
