package dev.miglint.lint;

import dev.miglint.rules.Finding;
import dev.miglint.rules.RuleInfo;
import dev.miglint.source.History;
import dev.miglint.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What linting one history found, gathered file by file, and the merge of several into one run's result. */
final class HistoryResult {
    final List<Finding> findings = new ArrayList<>();
    final Map<String, SourceFile> sources = new TreeMap<>();
    final List<InputProblem> problems = new ArrayList<>();
    final Map<String, Integer> adviceLeftOut = new TreeMap<>();
    private final Set<RuleInfo> activeRules;
    private final SharedText text;
    private int files;
    private int statements;
    private int unparsed;
    private HistorySummary summary;

    HistoryResult(Set<RuleInfo> activeRules, SharedText text) {
        this.activeRules = activeRules;
        this.text = text;
    }

    /** A reported file's result, with its down step's. */
    void add(FileResult result) {
        SourceFile source = result.source();
        files++;
        sources.put(source.displayPath(), source);
        text.shareAll(result.findings(), findings);
        problems.addAll(result.problems());
        if (result.generatedAdviceLeftOut() > 0) {
            adviceLeftOut.put(source.displayPath(), result.generatedAdviceLeftOut());
        }
        statements += result.statements();
        unparsed += result.unparsed();
        FileResult rollback = result.rollback();
        if (rollback != null) { // the down step's findings; its file is no migration of the history
            sources.put(rollback.source().displayPath(), rollback.source());
            text.shareAll(rollback.findings(), findings);
            problems.addAll(rollback.problems());
        }
    }

    void summarize(History history, String dialect, String dialectNote) {
        summary = new HistorySummary(history.name(), history.framework(), dialect, history.reportedFiles().size(),
                statements, unparsed, dialectNote);
    }

    /** One run's result from its histories' results, taken in history order. */
    static LintResult merge(List<HistoryResult> results) {
        List<Finding> findings = new ArrayList<>();
        Map<String, SourceFile> sources = new TreeMap<>();
        List<HistorySummary> summaries = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        Set<RuleInfo> activeRules = new LinkedHashSet<>();
        Map<String, Integer> adviceLeftOut = new TreeMap<>();
        int files = 0;
        int statements = 0;
        int unparsed = 0;
        for (HistoryResult r : results) {
            findings.addAll(r.findings);
            sources.putAll(r.sources);
            summaries.add(r.summary);
            problems.addAll(r.problems);
            activeRules.addAll(r.activeRules);
            adviceLeftOut.putAll(r.adviceLeftOut);
            files += r.files;
            statements += r.statements;
            unparsed += r.unparsed;
        }
        findings.sort(FindingOrder.ORDER);
        problems.sort(Comparator.naturalOrder());
        List<RuleInfo> rules = activeRules.stream().sorted(Comparator.comparing(RuleInfo::id)).toList();
        return new LintResult(findings, rules, sources, summaries, files, statements, unparsed, problems)
                .withScope(ReportScope.ALL.withGeneratedAdviceLeftOut(adviceLeftOut));
    }
}
