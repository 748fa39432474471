package dev.miglint.rules.postgres;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;

/** ALTER SEQUENCE ... AS smallint / integer on an existing sequence: its MAXVALUE drops to the narrower type's. */
@RuleDefinition(id = "sequence-narrowing", level = Level.ERROR,
        summary = "ALTER SEQUENCE ... AS integer/smallint caps the sequence: it fails now or makes nextval fail later.")
public final class SequenceNarrowing implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.AlterSequence as) || as.asType() == null
                || context.schema().createdInMigration(ObjectKind.SEQUENCE, as.sequence())) {
            return;
        }
        String max;
        if (as.asType().is("integer")) {
            max = "2147483647";
        } else if (as.asType().is("smallint")) {
            max = "32767";
        } else {
            return;
        }
        String sequence = as.sequence().sql();
        context.report("ALTER SEQUENCE " + sequence + " AS " + as.asType().raw() + " caps the sequence at " + max,
                "Why: changing a sequence's type to " + as.asType().raw() + " also lowers its MAXVALUE to " + max
                        + " (unless MAXVALUE is given): the statement fails if the sequence is already past it, and"
                        + " otherwise nextval() starts failing (\"reached maximum value of sequence\") once the ids"
                        + " get there, while the bigint column it feeds could hold far more.\n"
                        + "Safe recipe: keep the sequence bigint (ALTER SEQUENCE " + sequence + " AS bigint); if a"
                        + " narrower type is really wanted, check SELECT last_value FROM " + sequence + " first and"
                        + " narrow the columns it feeds in the same change.");
    }
}
