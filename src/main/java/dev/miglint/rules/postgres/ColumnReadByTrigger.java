package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TriggerRead;
import java.util.Set;

/**
 * DROP COLUMN or RENAME COLUMN of a column that a trigger function on the table reads as {@code NEW.x} or
 * {@code OLD.x}: PostgreSQL does not track what a PL/pgSQL body reads, so the statement succeeds and every write the
 * trigger fires on fails from then on, the running application's included. A migration file that replaces the function
 * or drops the trigger after the change is left to column-no-longer-exists, which reports a write in between.
 */
@RuleDefinition(id = "column-read-by-trigger", level = Level.ERROR,
        summary = "Dropping or renaming a column a trigger function reads makes every write that fires the trigger fail.")
public final class ColumnReadByTrigger implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.AlterTable at)) {
            return;
        }
        for (AlterAction action : at.actions()) {
            String column = action instanceof AlterAction.DropColumn dc ? dc.column()
                    : action instanceof AlterAction.RenameColumn rc && !rc.from().equals(rc.to()) ? rc.from() : null;
            if (column == null) {
                continue;
            }
            for (TriggerRead read : ctx.schema().triggerReads(at.table())) {
                Set<String> events = read.eventsReading(column);
                if (!events.isEmpty() && !read.redefinedLater()) {
                    report(ctx, at, action instanceof AlterAction.DropColumn ? "drops" : "renames", column, read, events);
                    return;
                }
            }
        }
    }

    private void report(RuleContext ctx, Statement.AlterTable at, String verb, String column, TriggerRead read,
            Set<String> events) {
        String table = at.table().sql(ctx.dialect());
        String writes = String.join(" and ", events);
        ctx.report("ALTER TABLE " + table + " " + verb + " column " + column + ", which trigger " + read.trigger()
                        + " reads as " + read.reference(column) + " in " + read.function() + "(): every " + writes + " of "
                        + table + " fails afterwards",
                RuleHelp.of(this).with("table", table).with("column", column).with("trigger", read.trigger())
                        .with("function", read.function()).with("reference", read.reference(column))
                        .with("writes", writes).with("verb", verb).with("record", read.record(column)).text());
    }
}
