package dev.miglint.lint;

import dev.miglint.source.SkippedFolder;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a report covers beyond its findings, so every format can say it. {@code changedFiles}: with
 * {@code --changed-since}, how many of the linted files were reported (the others were replayed for context only);
 * null when every linted file is reported. {@code adviceLeftOut}: per reported file, the advice notes whose only fix is
 * an edit of SQL that the framework generates (Prisma, Drizzle), left out of the report. {@code skipped}: folders
 * under the given paths that discovery did not take as histories, and why; {@code origins}: why each history was
 * taken, by history path (a configuration, the command line, convention).
 */
public record ReportScope(Integer changedFiles, Map<String, Integer> adviceLeftOut, List<SkippedFolder> skipped,
        Map<String, String> origins) {

    public static final ReportScope ALL = new ReportScope(null, Map.of());

    public ReportScope {
        adviceLeftOut = Map.copyOf(adviceLeftOut);
        skipped = List.copyOf(skipped);
        origins = Map.copyOf(origins);
    }

    public ReportScope(Integer changedFiles, Map<String, Integer> adviceLeftOut) {
        this(changedFiles, adviceLeftOut, List.of(), Map.of());
    }

    /** The same scope, saying what discovery took and skipped. */
    public ReportScope withDiscovery(List<SkippedFolder> skippedFolders, Map<String, String> historyOrigins) {
        return new ReportScope(changedFiles, adviceLeftOut, skippedFolders, historyOrigins);
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
        return new ReportScope(reported.size(), kept, skipped, origins);
    }

    public ReportScope withGeneratedAdviceLeftOut(Map<String, Integer> perFile) {
        return new ReportScope(changedFiles, perFile, skipped, origins);
    }
}
