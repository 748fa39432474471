package dev.miglint.dryrun;

import java.nio.file.Path;
import java.util.Map;

/**
 * The whole environment of the processes the embedded server runs as: none of miglint's own variables (CI tokens,
 * cloud credentials, PG* connection settings) reach the server, and so none reach a {@code COPY ... TO PROGRAM}
 * that --allow-host-effects lets run.
 */
final class MinimalEnvironment {
    static final Map<String, String> FIXED = Map.of("PATH", "/usr/bin:/bin", "LC_ALL", "C", "LANG", "C",
            "TZ", "UTC");

    private MinimalEnvironment() {
    }

    static void apply(ProcessBuilder pb, Path home) {
        Map<String, String> env = pb.environment();
        env.clear();
        env.putAll(FIXED);
        env.put("HOME", home.toString());
        env.put("TMPDIR", home.toString());
        pb.directory(home.toFile());
    }
}
