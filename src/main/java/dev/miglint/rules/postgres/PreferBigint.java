package dev.miglint.rules.postgres;

import dev.miglint.model.ConstraintDef;
import dev.miglint.model.DataType;
import dev.miglint.model.DeclaredColumns;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.ConstraintState;
import dev.miglint.schema.SchemaView;
import dev.miglint.schema.TableState;
import java.util.Optional;
import java.util.Set;

/** A new integer/smallint/serial primary key or foreign key column. */
@RuleDefinition(id = "prefer-bigint", level = Level.NOTE, downSteps = false,
        summary = "Primary and foreign key columns should be bigint: integer keys run out at 2^31.")
public final class PreferBigint implements Rule {

    private static final Set<String> SMALL_INTEGERS = Set.of("integer", "smallint", "serial", "smallserial");

    @Override
    public void check(RuleContext context) {
        for (DeclaredColumns.Declared d : DeclaredColumns.of(context.model())) {
            if (d.definition() == null || d.type() == null || d.type().array() || !SMALL_INTEGERS.contains(d.type().name())) {
                continue;
            }
            String role;
            if (!d.foreignKeys().isEmpty()) {
                ConstraintDef fk = d.foreignKeys().get(0);
                DataType referenced = referencedType(context.schema(), fk, d.column());
                if (referenced == null || SMALL_INTEGERS.contains(referenced.name())) {
                    continue; // matches the referenced key (or unknown): the referenced table is where to fix it
                }
                role = "foreign key column";
            } else if (d.primaryKey()) {
                role = "primary key column";
            } else {
                continue;
            }
            String column = Identifiers.quoteIfNeeded(d.column());
            int bits = d.type().is("smallint") || d.type().is("smallserial") ? 15 : 31;
            boolean serial = d.type().isSerial();
            context.reportAdvice(role.substring(0, 1).toUpperCase() + role.substring(1) + " " + column + " of " + d.table().sql()
                            + " is " + d.type().raw() + ": it runs out at 2^" + bits + " values",
                    RuleHelp.of(this).with("type", d.type().raw()).with("max", bits == 31 ? "2,147,483,647" : "32,767")
                            .with("column", column).fix(serial ? "serial" : null),
                    g -> g.bigint(d.column(), serial));
        }
    }

    private static DataType referencedType(SchemaView schema, ConstraintDef fk, String column) {
        if (fk.referencedTable() == null) {
            return null;
        }
        Optional<TableState> table = schema.table(fk.referencedTable());
        if (table.isEmpty()) {
            return null;
        }
        int i = fk.columns().indexOf(column);
        String refColumn = null;
        if (i >= 0 && i < fk.referencedColumns().size()) {
            refColumn = fk.referencedColumns().get(i);
        } else if (fk.referencedColumns().isEmpty()) {
            refColumn = table.get().constraints().stream().map(ConstraintState::definition)
                    .filter(c -> c.kind() == ConstraintDef.Kind.PRIMARY_KEY && c.columns().size() > Math.max(i, 0))
                    .map(c -> c.columns().get(Math.max(i, 0))).findFirst().orElse(null);
        }
        return refColumn == null ? null : table.get().column(refColumn).map(ColumnState::type).orElse(null);
    }
}
