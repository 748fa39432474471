package dev.miglint.dryrun;

/** How to dry-run, from the command line. */
record DryRunSettings(int rows, String lockTimeout, String statementTimeout, long longLockMillis, boolean roundTrip) {
}
