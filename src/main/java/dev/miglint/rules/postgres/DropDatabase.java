package dev.miglint.rules.postgres;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.stream.Collectors;

/** DROP DATABASE in a migration. */
@RuleDefinition(id = "drop-database", level = Level.ERROR,
        summary = "Dropping a database from a migration deletes all of its data.")
public final class DropDatabase implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Drop d) || d.kind() != ObjectKind.DATABASE) {
            return;
        }
        String names = d.names().stream().map(QualifiedName::sql).collect(Collectors.joining(", "));
        context.report("DROP DATABASE " + names + " deletes the whole database and all of its data",
                RuleHelp.of(this).text());
    }
}
