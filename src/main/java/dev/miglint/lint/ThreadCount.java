package dev.miglint.lint;

/** A number of threads a system property may set (for a benchmark or a test); anything unreadable is the default. */
final class ThreadCount {
    private ThreadCount() {
    }

    static int of(String property, int byDefault, int atLeast) {
        String configured = System.getProperty(property);
        if (configured != null) {
            try {
                return Math.max(atLeast, Integer.parseInt(configured.trim()));
            } catch (NumberFormatException e) {
                // the default
            }
        }
        return byDefault;
    }
}
