package dev.miglint.rules.postgres;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ObjectKind;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A DROP of a type, domain, function, sequence, constraint index or key constraint that other objects the history
 * created depend on: PostgreSQL refuses it ("cannot drop ... because other objects depend on it"), and with CASCADE a
 * type takes the columns that use it, and their data, with it.
 */
@RuleDefinition(id = "drop-object-in-use", level = Level.ERROR,
        summary = "A DROP of an object that other objects depend on fails (with CASCADE, a type takes its columns along).")
public final class DropObjectInUse implements Rule {

    private static final Set<ObjectKind> KINDS = EnumSet.of(ObjectKind.TYPE, ObjectKind.DOMAIN, ObjectKind.FUNCTION,
            ObjectKind.PROCEDURE, ObjectKind.SEQUENCE);

    @Override
    public void check(RuleContext ctx) {
        Statement s = ctx.model();
        if (s instanceof Statement.Drop d && KINDS.contains(d.kind())) {
            String kind = d.kind().name().toLowerCase(Locale.ROOT);
            for (QualifiedName name : d.names()) {
                List<String> dependents = ctx.schema().dependentsOf(d.kind(), name);
                boolean typed = d.kind() == ObjectKind.TYPE || d.kind() == ObjectKind.DOMAIN;
                if (!dependents.isEmpty() && (!d.cascade() || typed)) {
                    report(ctx, "DROP " + kind.toUpperCase(Locale.ROOT) + " " + name.name(), kind, name.name(),
                            dependents, d.cascade());
                    return;
                }
            }
        } else if (s instanceof Statement.DropIndex di) {
            for (QualifiedName index : di.indexes()) {
                List<String> owners = ctx.schema().dependentsOf(ObjectKind.INDEX, index);
                if (!owners.isEmpty()) { // CASCADE does not help: the constraint must be dropped instead
                    report(ctx, "DROP INDEX " + index.name(), "index", index.name(), owners, false);
                    return;
                }
            }
        } else if (s instanceof Statement.AlterTable at) {
            for (AlterAction.DropConstraint dc : at.actions(AlterAction.DropConstraint.class)) {
                List<String> foreignKeys = ctx.schema().foreignKeysNeeding(at.table(), dc.name());
                if (!dc.cascade() && !foreignKeys.isEmpty()) {
                    report(ctx, "DROP CONSTRAINT " + dc.name(), "constraint", dc.name(), foreignKeys, false);
                    return;
                }
            }
        }
    }

    private void report(RuleContext ctx, String what, String kind, String name, List<String> dependents,
            boolean cascade) {
        String listed = dependents.size() <= 3 ? String.join(", ", dependents)
                : String.join(", ", dependents.subList(0, 3)) + " and " + (dependents.size() - 3) + " more";
        String variant = cascade ? "cascade" : null;
        RuleHelp help = RuleHelp.of(this).why(variant).fix(variant).with("kind", kind).with("name", name)
                .with("dependents", listed);
        ctx.report(cascade ? what + " CASCADE also drops " + listed + (dependents.size() == 1 ? " and its data" : " and their data")
                : what + " fails: " + listed + (dependents.size() == 1 ? " depends" : " depend") + " on it", help.text());
    }
}
