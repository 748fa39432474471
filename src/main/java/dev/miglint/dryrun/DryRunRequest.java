package dev.miglint.dryrun;

import java.nio.file.Path;
import java.util.List;

/**
 * What to dry-run and how, as {@code miglint dry-run}'s options state it. {@code dialect} and {@code configFile}
 * may be null (postgres; miglint.toml found from the working directory); {@code rows} is as {@link RowCounts} reads it.
 */
public record DryRunRequest(List<String> paths, List<Path> targets, String dialect, String databaseUrl,
        boolean embedded, boolean allowHostEffects, Path database, String rows, String lockTimeout,
        String statementTimeout, long longLockMillis, boolean roundTrip, Path configFile) {

    public DryRunRequest {
        paths = List.copyOf(paths);
        targets = List.copyOf(targets);
    }
}
