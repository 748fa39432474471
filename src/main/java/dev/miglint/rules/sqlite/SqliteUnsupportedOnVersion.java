package dev.miglint.rules.sqlite;

import dev.miglint.dialect.sqlite.SqliteVersion;
import dev.miglint.model.AlterAction;
import dev.miglint.model.ColumnDef;
import dev.miglint.model.Dialect;
import dev.miglint.model.Identifiers;
import dev.miglint.model.StatementTokens;
import dev.miglint.model.Statement;
import dev.miglint.rules.Level;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleContext;
import dev.miglint.rules.RuleDefinition;
import dev.miglint.rules.RuleHelp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * SQL that the target SQLite version (--sqlite-version) does not know yet: STRICT tables, generated columns,
 * RETURNING, UPSERT, UPDATE ... FROM, window functions. ALTER TABLE forms (RENAME/DROP COLUMN) are sqlite-unsupported-alter-table's.
 */
@RuleDefinition(id = "sqlite-unsupported-on-version", level = Level.ERROR,
        summary = "SQLite syntax newer than the target version (STRICT, generated columns, RETURNING, UPSERT, UPDATE ... FROM, window functions).",
        dialects = {Dialect.SQLITE})
public final class SqliteUnsupportedOnVersion implements Rule {

    /** {@code fix}: the page's {@code ## Fix: <fix>}, what to write instead. */
    private record Feature(String what, SqliteVersion since, String fix) { }

    @Override
    public void check(RuleContext context) {
        SqliteVersion version = context.sqliteVersion();
        List<Feature> missing = new ArrayList<>();
        for (Feature f : features(context)) {
            if (!version.atLeast(f.since())) {
                missing.add(f);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<String> whats = missing.stream().map(f -> f.what() + " (needs SQLite " + f.since() + ")").toList();
        String instead = missing.stream().map(Feature::fix).distinct()
                .map(fix -> RuleHelp.of(this).fix(fix).fixText()).collect(Collectors.joining(" "));
        context.report("SQLite " + version + " does not know " + String.join(", ", whats)
                        + ": the statement is a syntax error and the migration fails",
                RuleHelp.of(this).with("version", version).why() + "\nFix: " + instead + " "
                        + RuleHelp.of(this).fixText());
    }

    private static List<Feature> features(RuleContext context) {
        List<Feature> out = new ArrayList<>();
        Statement model = context.model();
        if (model instanceof Statement.CreateTable ct) {
            if (ct.option("STRICT").isPresent()) {
                out.add(new Feature("STRICT table " + ct.table().sql(), SqliteVersion.STRICT_TABLES,
                        "STRICT"));
            }
            for (ColumnDef c : ct.columns()) {
                if (c.generated() != ColumnDef.Generated.NONE) {
                    out.add(generated(c));
                }
            }
        } else if (model instanceof Statement.AlterTable at) {
            for (AlterAction.AddColumn add : at.actions(AlterAction.AddColumn.class)) {
                // a STORED one cannot be added at all: sqlite-unsupported-alter-table reports it
                if (add.column().generated() == ColumnDef.Generated.VIRTUAL) {
                    out.add(generated(add.column()));
                }
            }
        }
        boolean dml = model instanceof Statement.Insert || model instanceof Statement.Update
                || model instanceof Statement.Delete;
        if (dml || model instanceof Statement.CreateTable ct && ct.asSelect()) {
            StatementTokens text = context.statement().tokens();
            if (dml && text.contains("RETURNING")) {
                out.add(new Feature("RETURNING", SqliteVersion.RETURNING,
                        "RETURNING"));
            }
            if (model instanceof Statement.Insert && text.contains("ON", "CONFLICT")
                    && (text.contains("DO", "UPDATE") || text.contains("DO", "NOTHING"))) {
                out.add(new Feature("UPSERT (INSERT ... ON CONFLICT ... DO)", SqliteVersion.UPSERT,
                        "UPSERT"));
            }
            if (model instanceof Statement.Update && text.containsAtTopLevel("FROM")) {
                out.add(new Feature("UPDATE ... FROM", SqliteVersion.UPDATE_FROM,
                        "UPDATE FROM"));
            }
            if (text.contains("OVER", "(")) {
                out.add(new Feature("window functions (OVER (...))", SqliteVersion.WINDOW_FUNCTIONS,
                        "window function"));
            }
        }
        return out;
    }

    private static Feature generated(ColumnDef c) {
        return new Feature("generated column " + Identifiers.quoteIfNeeded(c.name()), SqliteVersion.GENERATED_COLUMNS,
                "generated column");
    }
}
