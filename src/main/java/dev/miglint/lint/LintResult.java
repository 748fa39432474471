package dev.miglint.lint;

import dev.miglint.rules.Finding;
import dev.miglint.rules.Level;
import dev.miglint.rules.RuleInfo;
import dev.miglint.source.SourceFile;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Everything a reporter needs: findings in a deterministic order (path, line, column, rule id), the rules that
 * were active, the linted sources (for code frames), counts, and input problems. {@code baseline} is null unless a
 * baseline file was applied. {@code scope}: what the report covers (changed files only, advice left out).
 */
public record LintResult(List<Finding> findings, List<RuleInfo> rules, Map<String, SourceFile> sources,
        List<HistorySummary> histories, int files, int statements, int unparsed, List<InputProblem> problems,
        BaselineOutcome baseline, ReportScope scope) {

    public LintResult {
        scope = scope == null ? ReportScope.ALL : scope;
        findings = List.copyOf(findings);
        rules = List.copyOf(rules);
        sources = Map.copyOf(sources);
        histories = List.copyOf(histories);
        problems = List.copyOf(problems);
    }

    public LintResult(List<Finding> findings, List<RuleInfo> rules, Map<String, SourceFile> sources,
            List<HistorySummary> histories, int files, int statements, int unparsed, List<InputProblem> problems) {
        this(findings, rules, sources, histories, files, statements, unparsed, problems, null, ReportScope.ALL);
    }

    public LintResult(List<Finding> findings, List<RuleInfo> rules, Map<String, SourceFile> sources,
            List<HistorySummary> histories, int files, int statements, int unparsed, List<InputProblem> problems,
            BaselineOutcome baseline) {
        this(findings, rules, sources, histories, files, statements, unparsed, problems, baseline, ReportScope.ALL);
    }

    /** The same result with only the findings {@code keep} accepts (other files stay as context). */
    public LintResult filterFindings(Predicate<Finding> keep) {
        return withFindings(findings.stream().filter(keep).toList());
    }

    public LintResult withFindings(List<Finding> newFindings) {
        return new LintResult(newFindings, rules, sources, histories, files, statements, unparsed, problems, baseline, scope);
    }

    public LintResult withBaseline(List<Finding> remaining, BaselineOutcome outcome) {
        return new LintResult(remaining, rules, sources, histories, files, statements, unparsed, problems, outcome, scope);
    }

    public LintResult withScope(ReportScope newScope) {
        return new LintResult(findings, rules, sources, histories, files, statements, unparsed, problems, baseline, newScope);
    }

    public long count(Level level) {
        return findings.stream().filter(f -> !f.suppressed() && f.level() == level).count();
    }

    public long suppressedCount() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    public List<Finding> visibleFindings() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }
}
