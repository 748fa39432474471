package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.Dialect;
import dev.miglint.model.Names;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TableState;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A CREATE TABLE, ADD COLUMN, RENAME COLUMN ... TO, CREATE INDEX or ALTER TYPE ... ADD VALUE of a name the history
 * already gave to a table, column, index or enum value (and did not drop since), without IF NOT EXISTS: the database
 * refuses it.
 */
@RuleDefinition(id = "object-already-exists", level = Level.ERROR,
        summary = "A statement creates a table, column, index or enum value under a name the history already uses: it fails.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL}, downSteps = false,
        nestedStatements = false) // in a DO block or function body, a condition or EXCEPTION handler may guard it
public final class ObjectAlreadyExists implements Rule {

    @Override
    public void check(RuleContext ctx) {
        SchemaView schema = ctx.schema();
        Statement s = ctx.model();
        if (s instanceof Statement.CreateTable ct && !ct.ifNotExists() && !ct.temporary()
                && schema.table(ct.table()).map(TableState::declared).orElse(false)) {
            report(ctx, "CREATE TABLE " + Names.quoted(ct.table().name()), "table " + Names.quoted(ct.table().name()));
        } else if (s instanceof Statement.AlterTable at) {
            Optional<TableState> table = schema.table(at.table());
            if (table.isEmpty()) {
                return;
            }
            // the actions run in order: a DROP or RENAME earlier in the same ALTER frees a name for a later ADD
            Set<String> freed = new HashSet<>();
            Set<String> taken = new HashSet<>();
            for (AlterAction action : at.actions()) {
                String name = action instanceof AlterAction.AddColumn add && !add.ifNotExists() ? add.column().name()
                        : action instanceof AlterAction.RenameColumn rc && !rc.to().equals(rc.from()) ? rc.to() : null;
                if (name != null && (taken.contains(name)
                        || !freed.contains(name) && table.get().column(name).isPresent())) {
                    String verb = action instanceof AlterAction.AddColumn ? "ADD COLUMN " : "RENAME COLUMN ... TO ";
                    report(ctx, verb + Names.quoted(name), "column " + Names.quoted(name) + " of "
                            + Names.quoted(at.table().name()));
                    return;
                }
                if (action instanceof AlterAction.DropColumn dc) {
                    freed.add(dc.column());
                } else if (action instanceof AlterAction.RenameColumn rc) {
                    freed.add(rc.from());
                }
                if (name != null) {
                    taken.add(name);
                    freed.remove(name);
                }
            }
        } else if (s instanceof Statement.CreateIndex ci && !ci.ifNotExists() && ci.name() != null
                && ctx.dialect() != Dialect.MYSQL // MySQL index names are per table
                && schema.index(dev.miglint.model.QualifiedName.of(ci.name())).isPresent()) {
            report(ctx, "CREATE INDEX " + Names.quoted(ci.name()), "index " + Names.quoted(ci.name()));
        } else if (s instanceof Statement.AlterType alter && alter.action() == Statement.AlterType.Action.ADD_VALUE
                && !alter.ifNotExists() && alter.value() != null && schema.enumValues(alter.type())
                        .map(values -> values.contains(alter.value())).orElse(false)) {
            report(ctx, "ADD VALUE '" + alter.value() + "'", "enum value '" + alter.value() + "' of "
                    + Names.quoted(alter.type().name()));
        }
    }

    private void report(RuleContext ctx, String what, String object) {
        ctx.report(what + " fails: " + object + " already exists",
                RuleHelp.of(this).with("object", object).text());
    }
}
