package dev.miglint.rules.postgres;

import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TableColumn;
import java.util.List;
import java.util.stream.Collectors;

/**
 * ALTER SEQUENCE ... RESTART (back to its start, or to 1) of a sequence whose values fill a column of a table that
 * may hold rows: the next INSERTs take values the existing rows already hold.
 */
@RuleDefinition(id = "sequence-restart-collision", level = Level.ERROR,
        summary = "RESTART of a sequence that fills existing rows' ids hands out ids again: INSERTs collide with them.")
public final class SequenceRestartCollision implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterSequence restart) || !restart.restartsAtStart()) {
            return;
        }
        List<TableColumn> filled = context.schema().columnsUsingSequence(restart.sequence()).stream()
                .filter(use -> !context.schema().isScanFree(use.table())).toList();
        if (filled.isEmpty()) {
            return;
        }
        String sequence = restart.sequence().sql();
        TableColumn first = filled.get(0);
        context.report("RESTART of sequence " + sequence + " hands out again the values that "
                        + filled.stream().map(use -> use.table().sql() + "." + Identifiers.quoteIfNeeded(use.column()))
                                .collect(Collectors.joining(", ")) + " already hold in existing rows",
                RuleHelp.of(this).with("sequence", sequence).with("table", first.table().sql())
                        .with("column", Identifiers.quoteIfNeeded(first.column())).text());
    }
}
