package dev.miglint.cli;

/** The exit codes other tools rely on. */
public final class ExitCodes {
    public static final int CLEAN = 0;
    public static final int FINDINGS = 1;
    public static final int USAGE_OR_INPUT = 2;

    private ExitCodes() {
    }
}
