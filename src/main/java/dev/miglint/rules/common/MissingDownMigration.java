package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import dev.miglint.rules.Level;
import dev.miglint.rules.MigrationContext;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.source.Framework;
import dev.miglint.source.MigrationFile;

/**
 * A migration of a framework with down steps (golang-migrate, goose, dbmate, diesel, sqitch, pop/popx,
 * Liquibase rollback) that has no down step, or a blank one. Advice (a note): a missing down step does not
 * endanger production. A down step holding only comments ({@code -- irreversible}) is the author's declaration
 * that the change cannot be undone, like Liquibase {@code --rollback empty}, and is quiet. Flyway undo is
 * optional and not checked.
 */
@RuleDefinition(id = "missing-down-migration", level = Level.NOTE,
        summary = "The migration has no down migration (or an empty one), so it cannot be rolled back.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class MissingDownMigration implements Rule {

    @Override
    public void finishMigration(MigrationContext context) {
        MigrationFile file = context.migration();
        if (!file.supportsDown() || file.down().declaredEmpty()
                || file.down().exists() && context.downHasOnlyComments()) {
            return;
        }
        // at the start of the first statement, so an ignore comment before it applies
        int at = context.statements().isEmpty() ? (file.section() == null ? 0 : file.section().start())
                : context.statements().get(0).span().start();
        String framework = file.framework();
        if (!file.down().exists()) {
            context.report(new Span(at, at), "this " + framework + " migration has no down migration",
                    "Rolling back a deploy needs the down step: write it now, while the change is fresh ("
                            + Framework.of(framework).downStep() + "). If the change cannot be undone, say so in a comment in the down "
                            + "step (for example `-- irreversible: <why>`).");
        } else if (context.downStatements().isEmpty()) {
            context.report(new Span(at, at), "the down migration of this " + framework + " migration is blank",
                    "An empty down step lets the tool record a rollback that changed nothing, so the schema and the "
                            + "recorded version disagree. Write the statements that undo the up, or, if the change "
                            + "is irreversible, say so in a comment there (for example `-- irreversible: <why>`).");
        }
    }
}
