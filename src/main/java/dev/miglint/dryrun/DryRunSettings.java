package dev.miglint.dryrun;

/** How to dry-run, from the command line. {@code rows} is the count for tables {@code rowCounts} does not name. */
record DryRunSettings(int rows, String lockTimeout, String statementTimeout, long longLockMillis, boolean roundTrip,
        RowCounts rowCounts) {

    DryRunSettings(int rows, String lockTimeout, String statementTimeout, long longLockMillis, boolean roundTrip) {
        this(rows, lockTimeout, statementTimeout, longLockMillis, roundTrip, RowCounts.of(rows));
    }
}
