package dev.miglint.rules.postgres;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.stream.Collectors;

/** DROP SCHEMA of a schema that was not created in the same migration. */
@RuleDefinition(id = "drop-schema", level = Level.ERROR,
        summary = "Dropping a schema deletes the objects in it (all of them with CASCADE) and breaks code that uses them.")
public final class DropSchema implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Drop d) || d.kind() != ObjectKind.SCHEMA) {
            return;
        }
        List<QualifiedName> existing = d.names().stream()
                .filter(n -> !context.schema().createdInMigration(ObjectKind.SCHEMA, n)).toList();
        if (existing.isEmpty()) {
            return;
        }
        String names = existing.stream().map(QualifiedName::sql).collect(Collectors.joining(", "));
        String message = d.cascade()
                ? "DROP SCHEMA " + names + " CASCADE deletes every table, view, function and type in it, with their data"
                : "DROP SCHEMA " + names + " deletes an existing schema that code may still use";
        context.report(message,
                RuleHelp.of(this).why(d.cascade() ? "with CASCADE" : null).with("schemas", names).text());
    }
}
