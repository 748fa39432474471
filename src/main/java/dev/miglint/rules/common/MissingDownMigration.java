package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.Span;
import dev.miglint.rules.Level;
import dev.miglint.rules.MigrationContext;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
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
                    RuleHelp.of(this).why("no down step").fix("no down step")
                            .with("down_step", Framework.of(framework).downStep()).text());
        } else if (context.downStatements().isEmpty()) {
            context.report(new Span(at, at), "the down migration of this " + framework + " migration is blank",
                    RuleHelp.of(this).why("blank down step").fix("blank down step").text());
        }
    }
}
