package dev.miglint.git;

/** --changed-since cannot be answered (no git, not a repository, unknown revision): one line, exit code 2. */
public final class GitException extends Exception {
    public GitException(String message) {
        super(message);
    }
}
