package dev.miglint.rules.sqlite;

import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import dev.miglint.schema.ColumnState;
import dev.miglint.schema.InsertCoverage;
import dev.miglint.schema.TableRedefinition;
import dev.miglint.schema.TableState;
import java.util.List;
import java.util.stream.Collectors;

/** A table redefinition whose INSERT ... SELECT leaves out columns of the old table: their data is lost. */
@RuleDefinition(id = "sqlite-redefinition-drops-columns", level = Level.WARNING,
        summary = "A table redefinition (new table, copy, drop, rename) does not copy some columns of the old table.",
        dialects = {Dialect.SQLITE})
public final class SqliteRedefinitionDropsColumns implements Rule {

    @Override
    public void check(RuleContext context) {
        TableRedefinition r = context.redefinitionDroppingOldTable().orElse(null);
        if (r == null || r.copy().source() == null) {
            return;
        }
        if (!InsertCoverage.requiredColumnsLeftOut(context.schema(), r.copy(), context.dialect()).isEmpty()) {
            return; // the copy itself fails first (copy-misses-required-column), and names the columns it leaves out
        }
        TableState kept = context.schema().table(r.copy().table()).orElse(null);
        List<String> lost = context.schema().table(r.oldTable()).map(TableState::columns).orElse(List.of()).stream()
                .map(ColumnState::name)
                .filter(c -> !r.copy().source().reads(c) && (kept == null || kept.column(c).isEmpty()))
                .toList();
        if (lost.isEmpty()) {
            return;
        }
        String columns = lost.stream().map(Identifiers::quoteIfNeeded).collect(Collectors.joining(", "));
        String table = r.table().sql();
        context.report("Redefinition of " + table + " drops column" + (lost.size() > 1 ? "s " : " ") + columns
                        + ": the copy into the new table leaves " + (lost.size() > 1 ? "them" : "it")
                        + " out and this DROP TABLE deletes the data",
                RuleHelp.of(this).with("columns", columns).text());
    }
}
