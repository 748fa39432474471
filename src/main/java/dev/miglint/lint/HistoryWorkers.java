package dev.miglint.lint;

import dev.miglint.source.History;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Lints several histories at once, one per thread: a history is replayed in order on one thread, but histories share
 * nothing but the run's immutable rules and settings. The largest histories start first, so a large one does not
 * start last and finish alone. Results come back in the histories' order, whatever thread made them.
 *
 * <p>{@code miglint.historyThreads} (a system property) sets the number of threads; the default is one per available
 * processor. With one thread, or one history, the calling thread does all the work.
 */
final class HistoryWorkers {
    /** Rules and parsers nest on the Java stack (DO bodies, parenthesised expressions): as much as a main thread. */
    private static final long STACK_BYTES = 16L * 1024 * 1024;

    private HistoryWorkers() {
    }

    static <R> List<R> map(List<History> histories, Function<History, R> lint) {
        int threads = Math.min(threads(), histories.size());
        if (threads <= 1) {
            List<R> results = new ArrayList<>(histories.size());
            histories.forEach(h -> results.add(lint.apply(h)));
            return results;
        }
        int[] largestFirst = IntStream.range(0, histories.size()).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> histories.get(i).files().size()).reversed())
                .mapToInt(Integer::intValue).toArray();
        AtomicReferenceArray<R> results = new AtomicReferenceArray<>(histories.size());
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int k = next.getAndIncrement(); k < largestFirst.length && failure.get() == null;
                    k = next.getAndIncrement()) {
                int i = largestFirst[k];
                try {
                    results.set(i, lint.apply(histories.get(i)));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        List<Thread> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(null, work, "miglint-history-" + t, STACK_BYTES);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while linting", e);
            }
        }
        rethrow(failure.get());
        List<R> ordered = new ArrayList<>(histories.size());
        for (int i = 0; i < histories.size(); i++) {
            ordered.add(results.get(i));
        }
        return ordered;
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private static int threads() {
        return ThreadCount.of("miglint.historyThreads", Runtime.getRuntime().availableProcessors(), 1);
    }
}
