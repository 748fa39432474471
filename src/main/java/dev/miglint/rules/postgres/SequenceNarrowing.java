package dev.miglint.rules.postgres;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

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
                RuleHelp.of(this).with("type", as.asType().raw()).with("max", max).with("sequence", sequence).text());
    }
}
