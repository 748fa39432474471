package dev.miglint.cli;

/** The version from the jar manifest (set by Maven), or "dev" when running from classes. */
public final class Version {
    private Version() {
    }

    public static String current() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** What {@code miglint --version} prints. */
    static String line() {
        return "miglint " + current();
    }
}
