package dev.miglint.lint;

import dev.miglint.model.Dialect;
import dev.miglint.source.InputException;
import dev.miglint.source.MigrationFile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads, scans and parses migration files on worker threads ahead of the replay. Each file's preparation is
 * independent of every other file, while rules and the schema tracker must see the files in history order, so
 * the replay takes the prepared files one by one in that order: a file no worker has started yet is prepared
 * by the replaying thread itself, so the order of results (and so the output) never depends on the threads.
 * Workers stay at most {@link #WINDOW} files ahead of the replay, which bounds the memory held by parsed files.
 *
 * <p>{@code miglint.threads} (a system property) sets the number of worker threads; 0 prepares every file on
 * the replaying thread. The default is one per available processor less the replaying one, at least one.
 */
final class AheadOfReplay implements AutoCloseable {
    static final int WINDOW = 128;
    /** Parsing nests on the Java stack (parenthesised expressions, DO bodies): as much as a main thread gets. */
    private static final long WORKER_STACK_BYTES = 16L * 1024 * 1024;

    /** One file to prepare: where it comes from and the dialect of its history. */
    record Job(MigrationFile file, Dialect dialect) {
    }

    /** A prepared file, or why it could not be read. */
    record Outcome(MigrationLinter.Prepared prepared, InputException error) {
    }

    private final List<FutureTask<Outcome>> tasks;
    private final AtomicInteger nextForWorkers = new AtomicInteger();
    private final Object windowLock = new Object();
    private final List<Thread> workers = new ArrayList<>();
    private int replayed;
    private volatile boolean closed;

    AheadOfReplay(List<Job> jobs, SourceLoader loader) {
        tasks = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            tasks.add(new FutureTask<>(() -> prepare(job, loader)));
        }
        int threads = Math.min(threads(), jobs.size() - 1);
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(null, this::work, "miglint-prepare-" + i, WORKER_STACK_BYTES);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
    }

    private static int threads() {
        return ThreadCount.of("miglint.threads", Math.max(1, Runtime.getRuntime().availableProcessors() - 1), 0);
    }

    private static Outcome prepare(Job job, SourceLoader loader) {
        try {
            return new Outcome(MigrationLinter.Prepared.of(job.file(), loader.load(job.file()), job.dialect()), null);
        } catch (InputException e) {
            return new Outcome(null, e);
        } catch (OutOfMemoryError e) {
            // what this file had allocated is garbage now: the other files are still linted
            return new Outcome(null, new InputException(MemoryLimit.MESSAGE));
        } catch (RuntimeException | StackOverflowError e) {
            // a bug in scan or parse: this file is lost, the others are still linted
            return new Outcome(null, new InputException("internal error while linting (" + e
                    + "); skipped, please report it"));
        }
    }

    private void work() {
        while (!closed) {
            int i = nextForWorkers.getAndIncrement();
            if (i >= tasks.size()) {
                return;
            }
            synchronized (windowLock) {
                while (!closed && i >= replayed + WINDOW) {
                    try {
                        windowLock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            FutureTask<Outcome> task = task(i);
            if (task != null) {
                task.run();
            }
        }
    }

    private synchronized FutureTask<Outcome> task(int i) {
        return tasks.get(i);
    }

    /** The outcome of job {@code i}; jobs must be taken in order. Errors of the preparation are rethrown. */
    Outcome take(int i) {
        FutureTask<Outcome> task = task(i);
        task.run(); // a no-op when a worker has started it
        Outcome outcome;
        try {
            outcome = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing " + i, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
        synchronized (this) {
            tasks.set(i, null); // the replay holds it from here: let it go when the replay is done with it
        }
        synchronized (windowLock) {
            replayed = i + 1;
            windowLock.notifyAll();
        }
        return outcome;
    }

    @Override
    public void close() {
        closed = true;
        synchronized (windowLock) {
            windowLock.notifyAll();
        }
    }
}
