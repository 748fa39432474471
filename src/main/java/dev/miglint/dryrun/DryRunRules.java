package dev.miglint.dryrun;

import dev.miglint.model.Dialect;
import dev.miglint.rules.Level;
import dev.miglint.rules.RuleInfo;
import java.util.List;
import java.util.Set;

/** The rule-like ids of what a dry run observes; documented in docs/dry-run.md. */
public final class DryRunRules {
    public static final String STATEMENT_FAILED = "dry-run-statement-failed";
    public static final String SETUP_FAILED = "dry-run-setup-failed";
    public static final String STRONG_LOCK = "dry-run-strong-lock";
    public static final String LONG_LOCK = "dry-run-long-lock";
    public static final String TABLE_REWRITE = "dry-run-table-rewrite";
    public static final String ROWS_LOCKED = "dry-run-rows-locked";
    public static final String INVALID_INDEX = "dry-run-invalid-index";
    public static final String CATALOG_CHANGE = "dry-run-catalog-change";
    public static final String SKIPPED = "dry-run-skipped";
    public static final String OUTSIDE_TRANSACTION = "dry-run-outside-transaction";
    public static final String ROUND_TRIP = "dry-run-round-trip";
    public static final String SYNTHETIC_ROWS = "dry-run-synthetic-rows";
    public static final String HISTORY_RECORD = "dry-run-history-record";

    private static final Set<Dialect> BOTH = Set.of(Dialect.POSTGRES, Dialect.SQLITE);
    private static final Set<Dialect> PG = Set.of(Dialect.POSTGRES);

    public static final List<RuleInfo> ALL = List.of(
            new RuleInfo(STATEMENT_FAILED, Level.ERROR, "A statement failed when the dry run executed it", BOTH),
            new RuleInfo(SETUP_FAILED, Level.ERROR, "A migration before the target failed, so the target was not traced", BOTH),
            new RuleInfo(STRONG_LOCK, Level.WARNING, "A statement took a lock that blocks writes on an existing table", PG),
            new RuleInfo(LONG_LOCK, Level.WARNING, "A lock that blocks writes was held longer than the threshold", PG),
            new RuleInfo(TABLE_REWRITE, Level.WARNING, "A statement rewrote an existing table", PG),
            new RuleInfo(ROWS_LOCKED, Level.WARNING,
                    "A statement updated or deleted many rows of an existing table, locking each until commit", PG),
            new RuleInfo(INVALID_INDEX, Level.WARNING, "A statement left an INVALID index behind", PG),
            new RuleInfo(CATALOG_CHANGE, Level.NOTE, "What a statement changed in the catalog", BOTH),
            new RuleInfo(SKIPPED, Level.NOTE, "A statement the dry run did not execute", BOTH),
            new RuleInfo(OUTSIDE_TRANSACTION, Level.NOTE, "A statement ran outside the traced transaction", PG),
            new RuleInfo(ROUND_TRIP, Level.ERROR, "The down migration does not undo the up migration", PG),
            new RuleInfo(SYNTHETIC_ROWS, Level.NOTE, "A table could not be filled with synthetic rows", PG),
            new RuleInfo(HISTORY_RECORD, Level.WARNING,
                    "The database's migration record disagrees with the files (failed, rolled back)", BOTH));

    private DryRunRules() {
    }
}
