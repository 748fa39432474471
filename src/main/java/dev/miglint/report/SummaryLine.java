package dev.miglint.report;

import dev.miglint.lint.LintResult;
import dev.miglint.lint.ReportScope;
import dev.miglint.rules.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * The closing line of text output, e.g. {@code Found 3 errors, 1 warning in 4 files (12 statements, 1 unparsed,
 * 2 suppressed).} or {@code No findings in 4 files (12 statements).}; zero counts are left out. With
 * {@code --changed-since} it names both sides: {@code in 2 changed files reported, 164 replayed for context}.
 */
final class SummaryLine {

    private SummaryLine() {
    }

    static String of(LintResult result) {
        List<String> levels = new ArrayList<>();
        for (Level level : Level.values()) {
            long count = result.count(level);
            if (count > 0) {
                levels.add(plural(count, level.id()));
            }
        }
        List<String> details = new ArrayList<>();
        details.add(plural(result.statements(), "statement"));
        if (result.unparsed() > 0) {
            details.add(result.unparsed() + " unparsed");
        }
        if (result.suppressedCount() > 0) {
            details.add(result.suppressedCount() + " suppressed");
        }
        if (result.baseline() != null && result.baseline().hidden() > 0) {
            details.add(result.baseline().hidden() + " in the baseline");
        }
        ReportScope scope = result.scope();
        if (scope.generatedAdviceLeftOut() > 0) {
            details.add(scope.generatedAdviceLeftOut() + " advice " + (scope.generatedAdviceLeftOut() == 1 ? "note" : "notes")
                    + " on generated SQL left out");
        }
        String found = levels.isEmpty() ? "No findings" : "Found " + String.join(", ", levels);
        return found + " in " + files(result) + " (" + String.join(", ", details) + ").";
    }

    /** {@code 4 files}, or with --changed-since {@code 2 changed files reported, 164 replayed for context}. */
    static String files(LintResult result) {
        if (!result.scope().changedOnly()) {
            return plural(result.files(), "file");
        }
        return plural(result.scope().changedFiles(), "changed file") + " reported, " + result.files()
                + " replayed for context";
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
