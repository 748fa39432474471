package dev.miglint.dryrun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A tiny POSIX shell loop (Linux and macOS alike) that outlives a SIGKILLed miglint: once a second it checks that
 * the JVM and the server are both there; when the JVM is gone it asks the postmaster for a fast shutdown, waits
 * for it, and removes the server's directory. When the server stops first (a normal close) it just exits.
 * Java has no parent-death signal, and the next run's sweep alone would leave a server running until then.
 */
final class Watchdog {
    private static final String SCRIPT = """
            jvm=$1; pg=$2; dir=$3
            pidfile="$dir/data/postmaster.pid"
            while kill -0 "$jvm" 2>/dev/null && [ -f "$pidfile" ]; do sleep 1; done
            [ -f "$pidfile" ] || exit 0
            kill -INT "$pg" 2>/dev/null
            i=0
            while [ -f "$pidfile" ] && [ $i -lt 30 ]; do sleep 1; i=$((i+1)); done
            [ -f "$pidfile" ] && kill -KILL "$pg" 2>/dev/null
            rm -rf "$dir"
            """;

    private Watchdog() {
    }

    static Process start(long postmasterPid, Path directory) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(List.of("/bin/sh", "-c", SCRIPT, "miglint-watchdog",
                Long.toString(ProcessHandle.current().pid()), Long.toString(postmasterPid), directory.toString()));
        MinimalEnvironment.apply(pb, directory);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }
}
