package dev.miglint.lint;

/** Told after each migration file is linted: how many are done out of how many. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void fileDone(int done, int total);
}
