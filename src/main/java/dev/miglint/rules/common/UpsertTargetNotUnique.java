package dev.miglint.rules.common;

import dev.miglint.model.ConflictTarget;
import dev.miglint.model.ConstraintDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.TableState;
import dev.miglint.schema.UniqueKeys;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code INSERT ... ON CONFLICT (cols) DO ...} on a table the history declared, where no primary key, unique
 * constraint or unique index has exactly those columns: PostgreSQL and SQLite refuse the statement. Quiet when
 * the table or one of the columns is unknown, or the table has a constraint miglint did not understand.
 */
@RuleDefinition(id = "upsert-target-not-unique", level = Level.ERROR,
        summary = "INSERT ... ON CONFLICT (columns) where no unique key has those columns: the statement fails.",
        dialects = {Dialect.POSTGRES, Dialect.SQLITE})
public final class UpsertTargetNotUnique implements Rule {

    @Override
    public void check(RuleContext context) {
        if (!(context.model() instanceof Statement.Insert insert) || insert.table() == null) {
            return;
        }
        Optional<List<String>> target = ConflictTarget.columns(context.statement());
        Optional<TableState> table = context.schema().table(insert.table());
        if (target.isEmpty() || table.isEmpty() || !table.get().declared()) {
            return;
        }
        TableState t = table.get();
        List<String> columns = target.get();
        boolean columnsKnown = columns.stream().allMatch(c -> t.columns().stream()
                .anyMatch(cs -> cs.name().equalsIgnoreCase(c)));
        boolean constraintsKnown = t.constraints().stream().map(c -> c.definition().kind())
                .noneMatch(k -> k == ConstraintDef.Kind.OTHER || k == ConstraintDef.Kind.EXCLUDE);
        if (!columnsKnown || !constraintsKnown || UniqueKeys.hasKeyExactlyOn(context.schema(), insert.table(), columns)) {
            return;
        }
        Dialect dialect = context.dialect();
        String tableSql = insert.table().sql();
        String list = String.join(", ", columns.stream().map(c -> Identifiers.quoteIfNeeded(c, dialect)).toList());
        String error = dialect == Dialect.SQLITE
                ? "\"ON CONFLICT clause does not match any PRIMARY KEY or UNIQUE constraint\""
                : "\"there is no unique or exclusion constraint matching the ON CONFLICT specification\" (42P10)";
        String indexName = Identifiers.quoteIfNeeded((insert.table().name() + "_"
                + String.join("_", columns) + "_key").toLowerCase(Locale.ROOT), dialect);
        context.report("ON CONFLICT (" + list + ") on " + tableSql + " fails: no primary key, unique constraint or"
                        + " unique index of " + tableSql + " has exactly the columns (" + list + ")",
                RuleHelp.of(this).with("database", dialect == Dialect.SQLITE ? "SQLite" : "PostgreSQL")
                        .with("error", error).with("index", indexName).with("table", tableSql).with("columns", list)
                        .text());
    }
}
