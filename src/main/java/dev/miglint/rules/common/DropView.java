package dev.miglint.rules.common;

import dev.miglint.model.Dialect;
import dev.miglint.model.Names;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.List;
import java.util.stream.Collectors;

/**
 * DROP VIEW / DROP MATERIALIZED VIEW of a view that existed before this migration and that the migration does not
 * create again: the running application's queries on it fail. Dropping and re-creating a view in the same file
 * (to change a column it uses, or its definition) is the usual swap and is not reported.
 */
@RuleDefinition(id = "drop-view", level = Level.ERROR,
        summary = "Dropping a view (or materialized view) the running application reads breaks its queries.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class DropView implements Rule {

    @Override
    public void check(RuleContext ctx) {
        if (!(ctx.model() instanceof Statement.Drop d)
                || d.kind() != ObjectKind.VIEW && d.kind() != ObjectKind.MATERIALIZED_VIEW) {
            return;
        }
        List<QualifiedName> existing = d.names().stream()
                .filter(n -> !ctx.schema().isNewView(n) && !ctx.schema().createdInMigration(d.kind(), n)
                        && !recreatedLater(ctx, n))
                .toList();
        if (existing.isEmpty()) {
            return;
        }
        String kind = d.kind() == ObjectKind.VIEW ? "view" : "materialized view";
        String names = existing.stream().map(Names::quoted).collect(Collectors.joining(", "));
        ctx.report("DROP " + kind.toUpperCase(java.util.Locale.ROOT) + " " + names + " removes a " + kind
                        + " that existed before this migration: the running application's queries on it fail",
                RuleHelp.of(this).with("names", names).with("name", existing.get(0).name())
                        .adding(d.cascade(), "with CASCADE")
                        .adding(ctx.dialect() == Dialect.POSTGRES, "PostgreSQL lock").text());
    }

    /** The same name is created again later in this migration: a swap, not a removal. */
    private static boolean recreatedLater(RuleContext ctx, QualifiedName name) {
        boolean after = false;
        for (ParsedStatement s : ctx.statements()) {
            if (s == ctx.statement() || s.span().equals(ctx.statement().span())) {
                after = true;
            } else if (after && s.model() instanceof Statement.CreateOther co
                    && (co.kind() == ObjectKind.VIEW || co.kind() == ObjectKind.MATERIALIZED_VIEW)
                    && co.name() != null && co.name().sameObject(name)) {
                return true;
            }
        }
        return false;
    }
}
