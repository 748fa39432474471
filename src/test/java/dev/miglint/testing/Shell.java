package dev.miglint.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs external programs (git, bash, pre-commit) for the integration tests, with a time limit. */
public final class Shell {

    /** What a process did: exit code and its standard output and error, combined in {@code output}. */
    public record Result(int exitCode, String output) {
    }

    private Shell() {
    }

    public static Result run(Path dir, Map<String, String> env, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("miglint-shell", ".log");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("timed out: " + command);
            }
            return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** Runs git with a fixed identity and no user or system config, and fails the test when git fails. */
    public static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=miglint test", "-c",
                "user.email=test@miglint.invalid", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Result r = run(dir, gitEnv(), command);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("git " + String.join(" ", args) + " failed: " + r.output());
        }
        return r.output();
    }

    private static final Path EMPTY_GIT_CONFIG = emptyGitConfig();

    private static Path emptyGitConfig() {
        try {
            Path file = Files.createTempFile("miglint-test-gitconfig", "");
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An environment that keeps the user's git configuration out of the tests. */
    public static Map<String, String> gitEnv() {
        Map<String, String> env = new HashMap<>();
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        // An empty file of our own, not /dev/null: git replaces a config file it writes by renaming a lock file over
        // it, and a `git config --global` from any test or tool would turn the machine's /dev/null into a file.
        env.put("GIT_CONFIG_GLOBAL", EMPTY_GIT_CONFIG.toString());
        env.put("GIT_AUTHOR_NAME", "miglint test");
        env.put("GIT_AUTHOR_EMAIL", "test@miglint.invalid");
        env.put("GIT_COMMITTER_NAME", "miglint test");
        env.put("GIT_COMMITTER_EMAIL", "test@miglint.invalid");
        return env;
    }

    /** A launcher script that runs miglint from the test class path (the jar is only built after the tests). */
    public static Path launcher(Path dir) throws IOException {
        Path script = dir.resolve("miglint-under-test");
        String classPath = System.getProperty("java.class.path");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp '"
                + classPath + "' dev.miglint.cli.Main \"$@\"\n");
        script.toFile().setExecutable(true);
        return script;
    }
}
