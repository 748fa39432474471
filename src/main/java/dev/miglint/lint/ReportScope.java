package dev.miglint.lint;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a report covers beyond its findings, so every format can say it. {@code changedFiles}: with
 * {@code --changed-since}, how many of the linted files were reported (the others were replayed for context only);
 * null when every linted file is reported. {@code adviceLeftOut}: per reported file, the advice notes whose only fix is
 * an edit of SQL that the framework generates (Prisma, Drizzle), left out of the report.
 */
public record ReportScope(Integer changedFiles, Map<String, Integer> adviceLeftOut) {

    public static final ReportScope ALL = new ReportScope(null, Map.of());

    public ReportScope {
        adviceLeftOut = Map.copyOf(adviceLeftOut);
    }

    public boolean changedOnly() {
        return changedFiles != null;
    }

    /** How many advice notes on generated SQL were left out, over all reported files. */
    public int generatedAdviceLeftOut() {
        return adviceLeftOut.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Only {@code count} of the linted files are reported: those in {@code reported}. */
    public ReportScope withChangedFiles(Set<String> reported) {
        Map<String, Integer> kept = new TreeMap<>(adviceLeftOut);
        kept.keySet().retainAll(reported);
        return new ReportScope(reported.size(), kept);
    }

    public ReportScope withGeneratedAdviceLeftOut(Map<String, Integer> perFile) {
        return new ReportScope(changedFiles, perFile);
    }
}
