package dev.miglint.cli;

import dev.miglint.lint.Progress;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * "linting 12/40 files" on stderr, rewritten in place, for runs long enough to wonder about. Only on an interactive
 * terminal and without --quiet: piped or redirected output, CI logs and tests never see it. The line is erased when
 * linting ends, so the report starts on a clean line.
 */
final class ProgressLine implements Progress, AutoCloseable {

    static final long DEFAULT_DELAY_NANOS = 500_000_000L;
    static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final LongSupplier clock;
    private final long delayNanos;
    private final long start;
    private long lastDraw = Long.MIN_VALUE;
    private int width;

    ProgressLine(PrintStream err, LongSupplier clock, long delayNanos) {
        this.err = err;
        this.clock = clock;
        this.delayNanos = delayNanos;
        this.start = clock.getAsLong();
    }

    /** A progress line when the environment is an interactive terminal and --quiet is off; otherwise silent. */
    static ProgressLine forEnvironment(Main.Environment env, boolean quiet) {
        boolean on = env.interactive() && !quiet && !env.variables().containsKey("CI");
        // Off: a delay that never passes, so nothing is ever drawn.
        return new ProgressLine(env.stderr(), System::nanoTime, on ? DEFAULT_DELAY_NANOS : Long.MAX_VALUE);
    }

    @Override
    public void fileDone(int done, int total) {
        long now = clock.getAsLong();
        if (now - start < delayNanos || (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS && done < total)) {
            return;
        }
        lastDraw = now;
        String text = "miglint: linting " + done + "/" + total + " files";
        err.print("\r" + text + " ".repeat(Math.max(0, width - text.length())));
        err.flush();
        width = text.length();
    }

    @Override
    public void close() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
