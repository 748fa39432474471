package dev.miglint.rules.common;

import dev.miglint.model.AlterAction;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Names;
import dev.miglint.model.QualifiedName;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TableState;
import java.util.List;
import java.util.Optional;

/**
 * A PRIMARY KEY or unique key on a table that CREATE TABLE ... AS SELECT filled in this migration, over columns its
 * source does not already keep unique (or, for a primary key, NOT NULL): the copy holds the source's rows, and their
 * repeated values or NULLs make the key fail.
 */
@RuleDefinition(id = "key-on-copied-rows", level = Level.WARNING,
        summary = "A primary or unique key on a CREATE TABLE ... AS SELECT copy, over columns the source does not keep unique: it fails on the copied rows.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE, Dialect.MYSQL})
public final class KeyOnCopiedRows implements Rule {

    @Override
    public void check(RuleContext ctx) {
        Statement s = ctx.model();
        if (s instanceof Statement.CreateIndex ci && ci.unique() && ci.where() == null && ci.table() != null) {
            check(ctx, ci.table(), ci.columns(), false);
        } else if (s instanceof Statement.AlterTable at) {
            for (AlterAction.AddConstraint ac : at.actions(AlterAction.AddConstraint.class)) {
                ConstraintDef c = ac.constraint();
                boolean primary = c.kind() == ConstraintDef.Kind.PRIMARY_KEY;
                if ((primary || c.kind() == ConstraintDef.Kind.UNIQUE) && c.usingIndex() == null
                        && check(ctx, at.table(), c.columns(), primary)) {
                    return;
                }
            }
        }
    }

    private boolean check(RuleContext ctx, QualifiedName table, List<String> columns, boolean primary) {
        SchemaView schema = ctx.schema();
        Optional<QualifiedName> source = schema.rowsCopiedFrom(table);
        Optional<TableState> sourceTable = source.flatMap(schema::table);
        if (sourceTable.isEmpty() || columns.isEmpty()
                || !columns.stream().allMatch(c -> sourceTable.get().column(c).isPresent())) {
            return false; // a column the query computed or renamed: what it holds is not known
        }
        boolean unique = keptUnique(schema, sourceTable.get(), columns);
        List<String> nullable = columns.stream().filter(c -> !sourceTable.get().column(c).map(ColumnState::notNull)
                .orElse(false)).toList();
        if (unique && (!primary || nullable.isEmpty())) {
            return false;
        }
        String key = Names.quoted(table.name()) + " (" + String.join(", ", columns) + ")";
        String why = !unique ? "the copied values of " + String.join(", ", columns) + " are not kept unique in "
                + Names.quoted(source.get().name()) : "the copied column " + nullable.get(0) + " may hold NULLs";
        ctx.report((primary ? "PRIMARY KEY" : "unique key") + " on " + key + " copies the rows of "
                        + Names.quoted(source.get().name()) + ", and " + why + ": the key fails if they repeat",
                RuleHelp.of(this).with("table", Names.quoted(table.name())).with("source", Names.quoted(source.get().name()))
                        .with("columns", String.join(", ", columns)).text());
        return true;
    }

    /** A primary key, unique constraint or (non-partial) unique index of the source over some of {@code columns}. */
    private static boolean keptUnique(SchemaView schema, TableState source, List<String> columns) {
        return source.constraints().stream().anyMatch(c -> c.definition().isUniqueLike()
                && c.definition().kind() != ConstraintDef.Kind.EXCLUDE && !c.definition().columns().isEmpty()
                && columns.containsAll(c.definition().columns()))
                || schema.indexesOn(source.name()).stream().anyMatch(ix -> ix.unique() && ix.predicate() == null
                        && !ix.columns().isEmpty() && columns.containsAll(ix.columns()));
    }
}
