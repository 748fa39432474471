package dev.miglint.dryrun;

/**
 * How to dry-run, from the command line. {@code rows} is the count for tables {@code rowCounts} does not name;
 * {@code assumeInTransaction}: files whose framework is not known are deployed in one transaction.
 */
record DryRunSettings(int rows, String lockTimeout, String statementTimeout, long longLockMillis, boolean roundTrip,
        RowCounts rowCounts, boolean assumeInTransaction) {

    DryRunSettings(int rows, String lockTimeout, String statementTimeout, long longLockMillis, boolean roundTrip) {
        this(rows, lockTimeout, statementTimeout, longLockMillis, roundTrip, RowCounts.of(rows), false);
    }
}
