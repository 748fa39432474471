package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import java.util.stream.Collectors;

@RuleDefinition(id = "unique-constraint-under-lock", level = Level.ERROR,
        summary = "ADD UNIQUE / PRIMARY KEY / EXCLUDE on an existing table builds its index under ACCESS EXCLUSIVE.")
public final class UniqueConstraintUnderLock implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.AlterTable at) || ctx.schema().isScanFree(at.table())) {
            return;
        }
        for (AlterAction.AddConstraint ac : at.actions(AlterAction.AddConstraint.class)) {
            ConstraintDef c = ac.constraint();
            if (c.isUniqueLike() && c.usingIndex() == null) {
                report(ctx, at, c);
            }
        }
    }

    private static void report(RuleContext ctx, Statement.AlterTable at, ConstraintDef c) {
        String kind = switch (c.kind()) {
            case PRIMARY_KEY -> "PRIMARY KEY";
            case EXCLUDE -> "EXCLUDE";
            default -> "UNIQUE";
        };
        String t = at.table().sql();
        String label = c.name() == null ? kind : Names.quoted(c.name()) + " (" + kind + ")";
        String why = "Adding a " + kind + " constraint builds its index while holding ACCESS EXCLUSIVE on " + t
                + ": all reads and writes wait for the whole build, which reads every row.\n";
        String help;
        if (c.kind() == ConstraintDef.Kind.EXCLUDE) {
            help = why + "An exclusion constraint cannot adopt an existing index, so there is no lock-free way to add "
                    + "it: run it in a quiet window with a lock_timeout, or enforce the rule in the application.";
        } else {
            String name = Identifiers.quoteIfNeeded(c.name() != null ? c.name()
                    : at.table().name() + "_" + String.join("_", c.columns()) + (c.kind() == ConstraintDef.Kind.PRIMARY_KEY ? "_pkey" : "_key"));
            String cols = c.columns().stream().map(Identifiers::quoteIfNeeded).collect(Collectors.joining(", "));
            help = why + "Build the index first without blocking, then attach it (a brief lock, no scan):\n"
                    + "    CREATE UNIQUE INDEX CONCURRENTLY " + name + " ON " + t + " (" + cols + ");\n"
                    + "(in a migration that does not run in a transaction), then:\n"
                    + "    ALTER TABLE " + t + " ADD CONSTRAINT " + name + " " + kind + " USING INDEX " + name + ";"
                    + (c.kind() == ConstraintDef.Kind.PRIMARY_KEY
                            ? "\nPRIMARY KEY USING INDEX also sets the columns NOT NULL: make them NOT NULL first "
                                    + "(see set-not-null-without-check) or it scans the table under the lock."
                            : "");
        }
        ctx.report((c.name() == null ? "ADD " + kind : "ADD CONSTRAINT " + label) + " on existing table " + Names.quoted(at.table())
                + " builds its index under ACCESS EXCLUSIVE", help);
    }
}
