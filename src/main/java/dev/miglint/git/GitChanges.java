package dev.miglint.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The files a branch added or changed, asked of {@code git} run as a process: committed since the merge base with
 * a ref ({@code git diff REF...HEAD}), plus staged, unstaged and untracked (not ignored) files.
 */
public final class GitChanges {

    private static final long TIMEOUT_SECONDS = 120;

    private GitChanges() {
    }

    /** Absolute, normalized paths (symbolic links resolved where the file exists) of the changed files. */
    public static Set<Path> since(Path workingDirectory, String ref) throws GitException {
        if (ref == null || ref.isBlank() || ref.startsWith("-")) {
            throw new GitException("--changed-since: expected a git revision such as origin/main, got '" + ref + "'");
        }
        String top;
        try {
            top = git(workingDirectory, "rev-parse", "--show-toplevel").strip();
        } catch (GitFailure e) {
            throw new GitException("--changed-since: " + workingDirectory + " is not in a git repository");
        }
        try {
            git(workingDirectory, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
        } catch (GitFailure e) {
            throw new GitException("--changed-since: unknown git revision '" + ref + "'"
                    + " (in CI, fetch it first, e.g. git fetch origin " + ref.replaceFirst("^origin/", "") + ")");
        }
        Path root = Path.of(top);
        Set<Path> changed = new HashSet<>();
        try {
            add(root, git(workingDirectory, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", ref + "...HEAD"), changed);
            if (hasHead(workingDirectory)) {
                add(root, git(workingDirectory, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=d", "HEAD"), changed);
            }
            add(root, git(workingDirectory, "ls-files", "--others", "--exclude-standard", "-z"), changed);
        } catch (GitFailure e) {
            throw new GitException("--changed-since " + ref + ": git failed: " + e.getMessage());
        }
        return changed;
    }

    /** The form {@link #since} returns paths in, for comparing with a migration file's path. */
    public static Path canonical(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    private static boolean hasHead(Path dir) throws GitException {
        try {
            git(dir, "rev-parse", "--verify", "--quiet", "HEAD");
            return true;
        } catch (GitFailure e) {
            return false;
        }
    }

    private static void add(Path root, String nulSeparated, Set<Path> out) {
        for (String name : nulSeparated.split("\0")) {
            if (!name.isEmpty()) {
                out.add(canonical(root.resolve(name)));
            }
        }
    }

    /** Runs git in {@code dir} and returns its standard output; a non-zero exit is a {@link GitFailure}. */
    static String git(Path dir, String... args) throws GitException, GitFailure {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.add("-c");
        command.add("core.quotepath=off");
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                    .start();
        } catch (IOException e) {
            throw new GitException("--changed-since needs git, which could not be run (" + e.getMessage() + ")");
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] out = readAll(process.getInputStream());
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new GitException("--changed-since: git " + args[0] + " did not finish in " + TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                String message = new String(err.join(), StandardCharsets.UTF_8).strip();
                int newline = message.indexOf('\n');
                throw new GitFailure(newline < 0 ? message : message.substring(0, newline));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new GitException("--changed-since: cannot read git's output (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("--changed-since: interrupted while waiting for git");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buffer = new ByteArrayOutputStream()) {
            in.transferTo(buffer);
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** git ran and exited non-zero: the first line of its error output. */
    static final class GitFailure extends Exception {
        GitFailure(String message) {
            super(message);
        }
    }
}
