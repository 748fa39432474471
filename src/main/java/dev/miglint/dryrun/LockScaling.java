package dev.miglint.dryrun;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a statement's time grows with its table: the same migration traced twice, on two counts of synthetic rows;
 * the difference in time over the difference in rows it read or wrote is its cost per 1,000 rows.
 */
record LockScaling(long rowsFirst, long nanosFirst, long rowsSecond, long nanosSecond) {

    /** Per step index of the file: the scaling of each statement that ran both times and touched more rows. */
    static Map<Integer, LockScaling> compare(List<StepTrace> first, List<StepTrace> second) {
        Map<Integer, LockScaling> out = new LinkedHashMap<>();
        for (int k = 0; k < Math.min(first.size(), second.size()); k++) {
            StepTrace a = first.get(k);
            StepTrace b = second.get(k);
            if (a.outcome() == StepTrace.Outcome.RAN && b.outcome() == StepTrace.Outcome.RAN
                    && a.rowsTouched() >= 0 && b.rowsTouched() > a.rowsTouched()) {
                out.put(k, new LockScaling(a.rowsTouched(), a.nanos(), b.rowsTouched(), b.nanos()));
            }
        }
        return out;
    }

    /**
     * The plan to trace a second time: only the targets whose first trace did work proportional to rows (read or
     * wrote table rows, or rewrote a table) stay targets; the others become setup, applied without a trace, and
     * nothing after the last remaining target runs. Null when no target did such work: a second trace would only
     * repeat timings that do not grow with the table.
     */
    static HistoryPlan worthRetracing(HistoryPlan plan, List<Observations.FileTrace> firstTraces) {
        List<HistoryPlan.Entry> entries = new java.util.ArrayList<>();
        boolean any = false;
        for (HistoryPlan.Entry e : plan.files()) {
            boolean proportional = e.target() && firstTraces.stream()
                    .filter(t -> t.file().equals(e.file()))
                    .flatMap(t -> t.steps().stream())
                    .anyMatch(s -> s.rowsTouched() > 0 || !s.rewrites().isEmpty());
            any |= proportional;
            entries.add(new HistoryPlan.Entry(e.file(), e.source(), proportional, e.down()));
        }
        return any ? new HistoryPlan(plan.history(), entries, plan.pendingOnly()) : null;
    }

    /** Time per 1,000 rows; never negative (timer noise on tiny tables). */
    double nanosPerThousandRows() {
        return Math.max(0, (nanosSecond - nanosFirst) * 1000.0 / (rowsSecond - rowsFirst));
    }

    String describe() {
        double perThousand = nanosPerThousandRows();
        double perMillionSeconds = perThousand * 1000 / 1e9;
        return String.format(Locale.ROOT, "%s per 1,000 rows, about %s per million rows (measured at %d and %d rows:"
                + " %s and %s)", Sizes.millis(Math.round(perThousand)), perMillionSeconds < 1
                ? String.format(Locale.ROOT, "%.0f ms", perMillionSeconds * 1000)
                : String.format(Locale.ROOT, "%.1f s", perMillionSeconds),
                rowsFirst, rowsSecond, Sizes.millis(nanosFirst), Sizes.millis(nanosSecond));
    }
}
