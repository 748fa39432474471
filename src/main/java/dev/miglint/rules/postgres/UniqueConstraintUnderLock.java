package dev.miglint.rules.postgres;

import dev.miglint.dialect.postgres.AddedConstraint;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Names;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.stream.Collectors;

@RuleDefinition(id = "unique-constraint-under-lock", level = Level.ERROR,
        summary = "ADD UNIQUE / PRIMARY KEY / EXCLUDE on an existing table builds its index under ACCESS EXCLUSIVE.")
public final class UniqueConstraintUnderLock implements Rule {

    @Override
    public void check(RuleContext ctx) {
        // USING INDEX attaches an index built beforehand: the safe form
        AddedConstraint.onTableWithRows(ctx.model(), ctx.schema()).stream()
                .filter(added -> added.constraint().isUniqueLike() && added.constraint().usingIndex() == null)
                .forEach(added -> report(ctx, added));
    }

    private static void report(RuleContext ctx, AddedConstraint added) {
        ConstraintDef c = added.constraint();
        String kind = added.kindSql();
        RuleHelp help = RuleHelp.of("unique-constraint-under-lock").with("kind", kind)
                .with("table", added.alter().table().sql()).with("name", added.nameOrDefault())
                .with("columns", c.columns().stream().map(Identifiers::quoteIfNeeded).collect(Collectors.joining(", ")));
        if (c.kind() == ConstraintDef.Kind.EXCLUDE) {
            help.fix("EXCLUDE");
        } else if (c.kind() == ConstraintDef.Kind.PRIMARY_KEY) {
            help.fix("PRIMARY KEY");
        }
        ctx.report((c.name() == null ? "ADD " + kind : "ADD CONSTRAINT " + added.label()) + " on existing table "
                + Names.quoted(added.alter().table()) + " builds its index under ACCESS EXCLUSIVE", help.text());
    }
}
