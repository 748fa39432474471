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
import java.util.ArrayList;
import java.util.List;

/**
 * SQL that the target SQLite version (--sqlite-version) does not know yet: STRICT tables, generated columns,
 * RETURNING, UPSERT, UPDATE ... FROM, window functions. ALTER TABLE forms (RENAME/DROP COLUMN) are sqlite-unsupported-alter-table's.
 */
@RuleDefinition(id = "sqlite-unsupported-on-version", level = Level.ERROR,
        summary = "SQLite syntax newer than the target version (STRICT, generated columns, RETURNING, UPSERT, UPDATE ... FROM, window functions).",
        dialects = {Dialect.SQLITE})
public final class SqliteUnsupportedOnVersion implements Rule {

    private record Feature(String what, SqliteVersion since, String instead) { }

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
        List<String> insteads = missing.stream().map(Feature::instead).distinct().toList();
        context.report("SQLite " + version + " does not know " + String.join(", ", whats)
                        + ": the statement is a syntax error and the migration fails",
                "Why: the target SQLite is " + version + " (--sqlite-version or sqlite_version in miglint.toml); it parses"
                        + " only the syntax its release had, so this statement stops the deployment here (on an older"
                        + " SQLite in production or in the application's bundled library while tests on a newer one"
                        + " pass).\nInstead: " + String.join(" ", insteads)
                        + " Or raise the minimum SQLite version the application supports, and --sqlite-version with it.");
    }

    private static List<Feature> features(RuleContext context) {
        List<Feature> out = new ArrayList<>();
        Statement model = context.model();
        if (model instanceof Statement.CreateTable ct) {
            if (ct.option("STRICT").isPresent()) {
                out.add(new Feature("STRICT table " + ct.table().sql(), SqliteVersion.STRICT_TABLES,
                        "Drop STRICT and enforce the column types with CHECK (typeof(col) = '...') constraints."));
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
                        "Run the statement without RETURNING and read the rows with a SELECT (last_insert_rowid() for an id)."));
            }
            if (model instanceof Statement.Insert && text.contains("ON", "CONFLICT")
                    && (text.contains("DO", "UPDATE") || text.contains("DO", "NOTHING"))) {
                out.add(new Feature("UPSERT (INSERT ... ON CONFLICT ... DO)", SqliteVersion.UPSERT,
                        "Use INSERT OR IGNORE / INSERT OR REPLACE, or an INSERT OR IGNORE followed by an UPDATE."));
            }
            if (model instanceof Statement.Update && text.containsAtTopLevel("FROM")) {
                out.add(new Feature("UPDATE ... FROM", SqliteVersion.UPDATE_FROM,
                        "Look the new value up with a correlated subquery: UPDATE t SET c = (SELECT ... FROM other"
                                + " WHERE other.key = t.key) WHERE EXISTS (SELECT 1 FROM other WHERE other.key = t.key)."));
            }
            if (text.contains("OVER", "(")) {
                out.add(new Feature("window functions (OVER (...))", SqliteVersion.WINDOW_FUNCTIONS,
                        "Compute the value with a correlated subquery instead of a window function."));
            }
        }
        return out;
    }

    private static Feature generated(ColumnDef c) {
        return new Feature("generated column " + Identifiers.quoteIfNeeded(c.name()), SqliteVersion.GENERATED_COLUMNS,
                "Use a plain column kept up to date by the application or by AFTER INSERT/UPDATE triggers, or compute"
                        + " the value in a view.");
    }
}
