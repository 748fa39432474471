package dev.miglint.dryrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A command line for one of the server's binaries (initdb, postgres, pg_ctl), with the minimal environment. The
 * binaries refuse to run as root; as root on Linux they run in a user namespace of their own
 * ({@code unshare -U}), where they are an unprivileged user, as zonky does.
 */
final class ServerCommand {
    private static volatile Boolean unshare;

    private ServerCommand() {
    }

    static ProcessBuilder of(Path install, Path home, List<String> arguments) {
        List<String> command = new ArrayList<>();
        if (needsUnshare()) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(install.resolve("bin").resolve(arguments.get(0)).toString());
        command.addAll(arguments.subList(1, arguments.size()));
        ProcessBuilder pb = new ProcessBuilder(command);
        MinimalEnvironment.apply(pb, home);
        return pb;
    }

    private static boolean needsUnshare() {
        Boolean known = unshare;
        if (known == null) {
            known = isRoot() && unshareWorks();
            unshare = known;
        }
        return known;
    }

    private static boolean isRoot() {
        try {
            return Files.exists(Path.of("/proc/self")) && ((Integer) Files.getAttribute(Path.of("/proc/self"),
                    "unix:uid")) == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean unshareWorks() {
        try {
            ProcessBuilder pb = new ProcessBuilder("unshare", "-U", "true");
            MinimalEnvironment.apply(pb, Path.of("/"));
            Process p = pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
