package dev.miglint.rules.postgres;

import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;

/** ALTER TYPE ... RENAME VALUE of an enum that existed before the migration. */
@RuleDefinition(id = "rename-enum-value", level = Level.WARNING,
        summary = "Renaming an enum value breaks application code that still reads or writes the old label.")
public final class RenameEnumValue implements Rule {

    @Override
    public void check(RuleContext context) {
        QualifiedName type;
        String from;
        String to;
        if (context.model() instanceof Statement.AlterType at && at.action() == Statement.AlterType.Action.RENAME_VALUE) {
            type = at.type();
            from = at.value();
            to = at.newValue();
        } else if (context.model() instanceof Statement.Rename r && r.kind() == ObjectKind.ENUM_VALUE) {
            type = r.from();
            from = null;
            to = r.to();
        } else {
            return;
        }
        if (context.schema().createdInMigration(ObjectKind.TYPE, type)) {
            return;
        }
        String fromText = from == null ? "a value" : "'" + from.replace("'", "''") + "'";
        String toText = to == null ? "a new label" : "'" + to.replace("'", "''") + "'";
        context.report("RENAME VALUE " + fromText + " TO " + toText + " of enum " + type.sql()
                        + " breaks code that still uses " + fromText,
                RuleHelp.of(this).with("type", type.sql()).with("old_label", fromText).with("new_label", toText)
                        .text());
    }
}
