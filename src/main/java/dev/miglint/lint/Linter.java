package dev.miglint.lint;

import dev.miglint.settings.LintSettings;
import dev.miglint.model.Dialect;
import dev.miglint.rules.Finding;
import dev.miglint.rules.Rule;
import dev.miglint.rules.RuleInfo;
import dev.miglint.rules.RuleRegistry;
import dev.miglint.schema.SchemaTracker;
import dev.miglint.source.History;
import dev.miglint.source.MigrationFile;
import dev.miglint.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Lints histories: each file in order against the schema its predecessors built. */
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
        int done = 0;
        List<Finding> findings = new ArrayList<>();
        SharedText shared = new SharedText();
        Map<String, SourceFile> sources = new TreeMap<>();
        List<HistorySummary> summaries = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<RuleInfo> activeRules = new LinkedHashSet<>();
        int files = 0;
        int statements = 0;
        int unparsed = 0;
        Map<String, Integer> adviceLeftOut = new TreeMap<>();
        List<AheadOfReplay.Job> jobs = new ArrayList<>(total);
        for (History history : histories) {
            Dialect dialect = settingsFor(history).dialect();
            history.files().forEach(f -> jobs.add(new AheadOfReplay.Job(f, dialect)));
        }
        int job = 0;
        try (AheadOfReplay prepared = new AheadOfReplay(jobs, loader)) {
            for (History history : histories) {
                LintSettings settings = settingsFor(history);
                List<Rule> rules = options.selection().activeRules(registry, settings.dialect());
                rules.forEach(r -> activeRules.add(r.info()));
                MigrationLinter linter = new MigrationLinter(settings, rules, options.selection(), registry, new SchemaTracker(settings.pgVersion()));
                int historyStatements = 0;
                int historyUnparsed = 0;
                List<MigrationFile> historyFiles = history.files();
                for (int i = 0; i < historyFiles.size(); i++) {
                    progress.fileDone(done++, total);
                    MigrationFile file = historyFiles.get(i);
                    boolean contextOnly = i < history.contextFiles();
                    AheadOfReplay.Outcome outcome = prepared.take(job++);
                    if (outcome.error() != null) {
                        if (!contextOnly) {
                            problems.add(new InputProblem(file.displayPath(), outcome.error().getMessage()));
                        }
                        continue;
                    }
                    FileResult result;
                    try {
                        result = linter.lint(file, outcome.prepared(), loader);
                    } catch (RuntimeException | StackOverflowError e) {
                        // a bug in the rules' replay or the schema tracker: this file is lost, the others are still linted
                        problems.add(new InputProblem(file.displayPath(), "internal error while linting (" + e
                                + "); skipped, please report it"));
                        continue;
                    }
                    if (contextOnly) {
                        continue; // replayed for the schema only: its findings belong to other runs
                    }
                    SourceFile source = result.source();
                    files++;
                    sources.put(source.displayPath(), source);
                    shared.shareAll(result.findings(), findings);
                    problems.addAll(result.problems());
                    if (result.generatedAdviceLeftOut() > 0) {
                        adviceLeftOut.put(source.displayPath(), result.generatedAdviceLeftOut());
                    }
                    historyStatements += result.statements();
                    historyUnparsed += result.unparsed();
                    FileResult rollback = result.rollback();
                    if (rollback != null) { // the down step's findings; its file is no migration of the history
                        sources.put(rollback.source().displayPath(), rollback.source());
                        shared.shareAll(rollback.findings(), findings);
                        problems.addAll(rollback.problems());
                    }
                }
                statements += historyStatements;
                unparsed += historyUnparsed;
                String dialectNote = options.dialectChosen() ? null : history.dialectNote();
                summaries.add(new HistorySummary(history.name(), history.framework(), settings.dialect().id(),
                        history.reportedFiles().size(), historyStatements, historyUnparsed, dialectNote));
            }
        }
        progress.fileDone(total, total);
        findings.sort(FindingOrder.ORDER);
        problems.sort(Comparator.naturalOrder());
        List<RuleInfo> rules = activeRules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        return new LintResult(findings, rules, sources, summaries, files, statements, unparsed, problems)
                .withScope(ReportScope.ALL.withGeneratedAdviceLeftOut(adviceLeftOut));
    }

    private LintSettings settingsFor(History history) {
        LintSettings settings = options.settings();
        Dialect fromFramework = history.dialect();
        return fromFramework != null && !options.dialectChosen() ? settings.withDialect(fromFramework) : settings;
    }
}
