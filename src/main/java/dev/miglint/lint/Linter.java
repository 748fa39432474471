package dev.miglint.lint;

import dev.miglint.settings.LintSettings;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.schema.SchemaTracker;
import dev.miglint.source.History;
import dev.miglint.source.MigrationFile;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lints histories: each file in order against the schema its predecessors built. Histories are independent of each
 * other, so several are linted at once (see {@link HistoryWorkers}); the results are merged in history order, so the
 * report never depends on the threads.
 */
public final class Linter {
    private final RuleRegistry registry;
    private final LintOptions options;

    public Linter(RuleRegistry registry, LintOptions options) {
        this.registry = registry;
        this.options = options;
    }

    public LintResult lint(List<History> histories, SourceLoader loader) {
        return lint(histories, loader, Progress.NONE);
    }

    public LintResult lint(List<History> histories, SourceLoader loader, Progress progress) {
        int total = histories.stream().mapToInt(h -> h.files().size()).sum();
        AtomicInteger done = new AtomicInteger();
        Runnable fileStarted = () -> {
            synchronized (done) { // histories on several threads: the counts still reach the progress in order
                progress.fileDone(done.getAndIncrement(), total);
            }
        };
        SharedText text = new SharedText();
        List<HistoryResult> results = HistoryWorkers.map(histories,
                history -> lintHistory(history, loader, fileStarted, text));
        progress.fileDone(total, total);
        return HistoryResult.merge(results);
    }

    private HistoryResult lintHistory(History history, SourceLoader loader, Runnable fileStarted, SharedText text) {
        LintSettings settings = settingsFor(history);
        List<Rule> rules = options.selection().activeRules(registry, settings.dialect());
        Set<RuleInfo> activeRules = new LinkedHashSet<>();
        rules.forEach(r -> activeRules.add(r.info()));
        HistoryResult result = new HistoryResult(activeRules, text);
        MigrationLinter linter = new MigrationLinter(settings, rules, options.selection(), registry,
                new SchemaTracker(settings.pgVersion()));
        List<MigrationFile> historyFiles = history.files();
        Dialect dialect = settings.dialect();
        List<AheadOfReplay.Job> jobs = new ArrayList<>(historyFiles.size());
        historyFiles.forEach(f -> jobs.add(new AheadOfReplay.Job(f, dialect)));
        try (AheadOfReplay prepared = new AheadOfReplay(jobs, loader)) {
            for (int i = 0; i < historyFiles.size(); i++) {
                fileStarted.run();
                MigrationFile file = historyFiles.get(i);
                boolean contextOnly = i < history.contextFiles();
                AheadOfReplay.Outcome outcome = prepared.take(i);
                if (outcome.error() != null) {
                    if (!contextOnly) {
                        result.problems.add(new InputProblem(file.displayPath(), outcome.error().getMessage()));
                    }
                    continue;
                }
                FileResult fileResult;
                try {
                    fileResult = linter.lint(file, outcome.prepared(), loader);
                } catch (RuntimeException | StackOverflowError e) {
                    // a bug in the rules' replay or the schema tracker: this file is lost, the others are still linted
                    result.problems.add(new InputProblem(file.displayPath(), "internal error while linting (" + e
                            + "); skipped, please report it"));
                    continue;
                }
                if (!contextOnly) { // a context file is replayed for the schema only: its findings belong to other runs
                    result.add(fileResult);
                }
            }
        }
        String dialectNote = options.dialectChosen() ? null : history.dialectNote();
        result.summarize(history, settings.dialect().id(), dialectNote);
        return result;
    }

    private LintSettings settingsFor(History history) {
        LintSettings settings = options.settings();
        Dialect fromFramework = history.dialect();
        return fromFramework != null && !options.dialectChosen() ? settings.withDialect(fromFramework) : settings;
    }
}
