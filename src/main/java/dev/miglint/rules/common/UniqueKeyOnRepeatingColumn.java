package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.ParsedStatement;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.UniqueKeys;
import java.util.List;
import java.util.Optional;

/**
 * A unique index or key over columns of an existing table that a foreign key uses to reference its parent: rows of a
 * many-to-one reference share parents, so the existing rows likely repeat the key and the build fails on the first
 * duplicate. miglint cannot see the rows; the schema is the evidence, so this is a warning.
 */
@RuleDefinition(id = "unique-key-on-repeating-column", level = Level.WARNING,
        summary = "A unique index or key on an existing table's foreign-key column fails if existing rows share a parent.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class UniqueKeyOnRepeatingColumn implements Rule {

    @Override
    public void check(RuleContext context) {
        if (context.model() instanceof Statement.CreateIndex ci && ci.unique() && ci.where() == null && ci.table() != null) {
            String name = ci.name() == null ? "" : " " + Identifiers.quoteIfNeeded(ci.name(), context.dialect());
            check(context, ci.table(), ci.columns(), "CREATE UNIQUE INDEX" + name);
        } else if (context.model() instanceof Statement.AlterTable at) {
            for (AlterAction.AddConstraint ac : at.actions(AlterAction.AddConstraint.class)) {
                ConstraintDef c = ac.constraint();
                if ((c.kind() == ConstraintDef.Kind.UNIQUE || c.kind() == ConstraintDef.Kind.PRIMARY_KEY)
                        && c.usingIndex() == null) {
                    check(context, at.table(), c.columns(), "ALTER TABLE " + at.table().sql(context.dialect()) + " ADD "
                            + (c.kind() == ConstraintDef.Kind.PRIMARY_KEY ? "PRIMARY KEY" : "UNIQUE"));
                }
            }
        }
    }

    private void check(RuleContext context, QualifiedName table, List<String> columns, String what) {
        if (columns.isEmpty() || context.schema().isScanFree(table)
                || columns.stream().anyMatch(c -> context.schema().isNewColumn(table, c))
                || UniqueKeys.alreadyUnique(context.schema(), table, columns)) {
            return; // no rows yet, a column just added (other rules), or rows already distinct on a subset of the key
        }
        Optional<ConstraintDef> reference = UniqueKeys.manyToOneReference(context.schema(), table, columns);
        if (reference.isEmpty() || deletedEarlier(context, table)) {
            return;
        }
        Dialect d = context.dialect();
        String t = table.sql(d);
        String cols = String.join(", ", columns.stream().map(c -> Identifiers.quoteIfNeeded(c, d)).toList());
        String parent = reference.get().referencedTable() == null ? "its parent table" : reference.get().referencedTable().sql(d);
        context.report(what + " on " + t + " (" + cols + ") fails if two existing rows of " + t
                        + " reference the same row of " + parent + ": " + cols + (columns.size() > 1 ? " are" : " is")
                        + " the referencing side of a many-to-one foreign key",
                RuleHelp.of(this).with("table", t).with("columns", cols).with("parent", parent).text());
    }

    /** An earlier DELETE of this migration on the table: the usual removal of duplicates before the key is added. */
    private static boolean deletedEarlier(RuleContext context, QualifiedName table) {
        for (ParsedStatement s : context.statements()) {
            if (s == context.statement() || s.span().equals(context.statement().span())) {
                return false;
            }
            if (s.model() instanceof Statement.Delete d && d.table() != null && d.table().sameObject(table)) {
                return true;
            }
        }
        return false;
    }
}
